using SkiaSharp;
using Simulator.App.Sessions;

namespace Simulator.App.Window;

/// <summary>Paints a <see cref="FeedbackMessage"/> as the message box at the top of the 3D view: the badge, then each line in its tone.</summary>
/// <remarks>
/// The box grows with its wrapped lines (up to <see cref="MaxLines"/>), so a verdict with several measurements is never cut
/// in the middle of a line. Tones are colours, but every line also carries its ✓/⚠/✗ or a word.
/// </remarks>
public static class FeedbackBox
{
    public const int MaxLines = 14;

    /// <summary>Draws <paramref name="message"/> in a box at (<paramref name="left"/>, <paramref name="top"/>), <paramref name="width"/> wide; returns its bottom.</summary>
    public static float Paint(SKCanvas canvas, FeedbackMessage message, HudFonts fonts, float left, float top, float width)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(fonts);
        var s = fonts.Scale;
        var pad = 12 * s;
        var lineHeight = fonts.Small.Size * 1.3f;
        var wrapped = message.Lines
            .SelectMany(l => Wrap(l.Text, width - 2 * pad, fonts.Small).Select(text => (Text: text, l.Tone)))
            .Take(MaxLines)
            .ToList();
        var height = pad + fonts.Body.Size * 1.3f + 4 * s + wrapped.Count * lineHeight + pad / 2;
        var colour = HudColors.For(message.Tone);
        using var box = new SKPaint { Color = HudColors.Panel };
        using var border = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 2 * s, IsAntialias = true };
        using var head = new SKPaint { Color = colour, IsAntialias = true };
        var rect = new SKRect(left, top, left + width, top + height);
        canvas.DrawRect(rect, box);
        canvas.DrawRect(rect, border);
        var y = top + pad + fonts.Body.Size;
        canvas.DrawText(message.Badge, left + pad, y, SKTextAlign.Left, fonts.Body, head);
        y += 4 * s + lineHeight;
        foreach (var (text, tone) in wrapped)
        {
            using var paint = new SKPaint { Color = HudColors.For(tone), IsAntialias = true };
            canvas.DrawText(text, left + pad, y, SKTextAlign.Left, fonts.Small, paint);
            y += lineHeight;
        }

        return rect.Bottom;
    }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (a single word wider than that stays whole).</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, SKFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) > width && line.Length > 0)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
