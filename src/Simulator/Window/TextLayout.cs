using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Word-wrapped text drawing for the HUD.</summary>
public static class TextLayout
{
    /// <summary>Draws <paramref name="text"/> wrapped to <paramref name="width"/>; returns the y below the last line.</summary>
    public static float Draw(SKCanvas canvas, string text, float x, float y, float width, SKFont font, SKPaint paint, int maxLines = 12)
    {
        var lineHeight = font.Size * 1.3f;
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) > width && line.Length > 0)
                {
                    canvas.DrawText(line, x, y, SKTextAlign.Left, font, paint);
                    y += lineHeight;
                    if (++lines >= maxLines)
                    {
                        return y;
                    }

                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            canvas.DrawText(line, x, y, SKTextAlign.Left, font, paint);
            y += lineHeight;
            if (++lines >= maxLines)
            {
                return y;
            }
        }

        return y;
    }
}
