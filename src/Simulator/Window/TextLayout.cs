using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Fitting HUD text into a width: word wrapping, a line limit, and an ellipsis wherever text is cut.</summary>
public static class TextLayout
{
    public const string Ellipsis = "…";

    /// <summary>Line advance for <paramref name="font"/> (leaves room between the descent of one line and the ascent of the next).</summary>
    public static float LineHeight(SKFont font) => MathF.Max(font.Size * 1.3f, font.Metrics.Descent - font.Metrics.Ascent + 1);

    /// <summary><paramref name="text"/> if it fits in <paramref name="width"/>, else its longest start that fits with "…" after it.</summary>
    public static string Fit(string text, float width, SKFont font)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        // Binary search on the number of characters kept: width grows with length.
        var (lo, hi) = (0, text.Length);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (font.MeasureText(Cut(text, mid) + Ellipsis) <= width)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo == 0 ? (font.MeasureText(Ellipsis) <= width ? Ellipsis : "") : Cut(text, lo) + Ellipsis;
    }

    /// <summary>
    /// Wraps <paramref name="text"/> (paragraphs split at '\n') into lines no wider than <paramref name="width"/>;
    /// at most <paramref name="maxLines"/>, the last one ending in "…" when the text goes on.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float width, SKFont font, int maxLines)
    {
        maxLines = Math.Max(1, maxLines);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width || line.Length == 0)
                {
                    line = candidate;
                    continue;
                }

                lines.Add(line);
                line = word;
            }

            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            var rest = string.Join(" ", lines.Skip(maxLines - 1));
            lines.RemoveRange(maxLines - 1, lines.Count - maxLines + 1);
            lines.Add(Fit(rest, width, font));
        }

        // A single word wider than the line (a long file name) is cut too.
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = Fit(lines[i], width, font);
        }

        return lines;
    }

    /// <summary>
    /// Draws <paramref name="text"/> wrapped to <paramref name="width"/>, the first baseline at <paramref name="y"/>, at most
    /// <paramref name="maxLines"/> lines (the last cut with "…"); returns the baseline after the last line.
    /// </summary>
    /// <remarks>For painters that work in baselines (the start screen); the HUD goes through <see cref="HudText"/>, which records what it drew.</remarks>
    public static float Draw(SKCanvas canvas, string text, float x, float y, float width, SKFont font, SKPaint paint, int maxLines = 12)
    {
        foreach (var line in Wrap(text, width, font, maxLines))
        {
            canvas.DrawText(line, x, y, SKTextAlign.Left, font, paint);
            y += LineHeight(font);
        }

        return y;
    }

    /// <summary>Cuts at <paramref name="length"/> without splitting a surrogate pair, and drops trailing spaces and punctuation.</summary>
    private static string Cut(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd(' ', ',', ';', ':', '·', '.');
    }
}
