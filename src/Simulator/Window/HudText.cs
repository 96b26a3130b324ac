using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Fits one line of HUD text into a column.</summary>
public static class HudText
{
    /// <summary><paramref name="text"/> as is if it fits <paramref name="width"/>, else cut at a character and ended with "…".</summary>
    public static string Fit(string text, float width, SKFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && font.MeasureText(text[..length] + "…") > width)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }
}
