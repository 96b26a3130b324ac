using SkiaSharp;
using Simulator.App.Sessions;

namespace Simulator.App.Window;

/// <summary>Paints a <see cref="FeedbackMessage"/> as the message box at the top of the 3D view: the badge, then each line in its tone.</summary>
/// <remarks>
/// The box grows with its wrapped lines (up to <see cref="MaxLines"/>, and no lower than the space it is given), so a
/// verdict with several measurements is cut only when it cannot fit, and then with "…". Tones are colours, but every
/// line also carries its ✓/⚠/✗ or a word. Text goes through <see cref="HudText"/>, so the layout test sees it.
/// </remarks>
public static class FeedbackBox
{
    public const int MaxLines = 14;

    /// <summary>Draws <paramref name="message"/> in a box at the top left of <paramref name="area"/>; returns its bottom.</summary>
    public static float Paint(HudText t, FeedbackMessage message, SKRect area)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(message);
        var f = t.Fonts;
        var s = f.Scale;
        var pad = 12 * s;
        var width = area.Width - 2 * pad;
        var head = TextLayout.LineHeight(f.Body) + 4 * s;
        var line = TextLayout.LineHeight(f.Small);
        var room = Math.Clamp((int)((area.Height - 1.5f * pad - head) / line), 1, MaxLines);
        var wrapped = message.Lines
            .SelectMany(l => TextLayout.Wrap(l.Text, width, f.Small, MaxLines).Select(text => (Text: text, l.Tone)))
            .ToList();
        if (wrapped.Count > room)
        {
            // The last line that fits says there is more.
            var last = wrapped[room - 1];
            wrapped = wrapped.Take(room - 1).Append((TextLayout.Fit(last.Text + TextLayout.Ellipsis, width, f.Small), last.Tone)).ToList();
        }

        var colour = HudColors.For(message.Tone);
        using var box = new SKPaint { Color = HudColors.Panel };
        using var border = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 2 * s, IsAntialias = true };
        using var badge = new SKPaint { Color = colour, IsAntialias = true };
        var rect = new SKRect(area.Left, area.Top, area.Right, area.Top + pad + head + wrapped.Count * line + pad / 2);
        t.Canvas.DrawRect(rect, box);
        t.Canvas.DrawRect(rect, border);
        t.Begin(rect, 0);
        var top = t.Line(message.Badge, rect.Left + pad, rect.Top + pad, width, f.Body, badge) + 4 * s;
        foreach (var (text, tone) in wrapped)
        {
            using var paint = new SKPaint { Color = HudColors.For(tone), IsAntialias = true };
            top = t.Line(text, rect.Left + pad, top, width, f.Small, paint);
        }

        return rect.Bottom;
    }
}
