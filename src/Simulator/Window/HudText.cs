using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Draws HUD text and buttons fitted to their box, and records every rectangle drawn.</summary>
/// <remarks>
/// The records let a test lay the HUD out at any size and check that no two texts overlap and none
/// leaves its box; the buttons are what mouse clicks are hit-tested against.
/// </remarks>
public sealed class HudText
{
    private readonly List<HudTextRect> _drawn = new();
    private readonly List<HudButton> _buttons = new();

    public HudText(SKCanvas canvas, HudFonts fonts)
    {
        Canvas = canvas;
        Fonts = fonts;
    }

    public SKCanvas Canvas { get; }

    public HudFonts Fonts { get; }

    public IReadOnlyList<HudTextRect> Drawn => _drawn;

    public IReadOnlyList<HudButton> Buttons => _buttons;

    /// <summary>The box the following text belongs to (it must stay inside).</summary>
    public SKRect Box { get; private set; }

    public int Layer { get; private set; }

    /// <summary>Starts a box on <paramref name="layer"/>: following text is fitted to it and recorded as inside it.</summary>
    public void Begin(SKRect box, int layer)
    {
        Box = box;
        Layer = layer;
    }

    /// <summary>
    /// One line in the line box starting at <paramref name="top"/>, cut with "…" to <paramref name="maxWidth"/>
    /// (aligned on <paramref name="x"/>); returns the top of the next line.
    /// </summary>
    public float Line(string text, float x, float top, float maxWidth, SKFont font, SKPaint paint, SKTextAlign align = SKTextAlign.Left)
    {
        var fitted = TextLayout.Fit(text, Math.Max(0, maxWidth), font);
        var lineHeight = TextLayout.LineHeight(font);
        if (fitted.Length == 0)
        {
            return top + lineHeight;
        }

        var width = font.MeasureText(fitted);
        var left = align switch
        {
            SKTextAlign.Center => x - width / 2,
            SKTextAlign.Right => x - width,
            _ => x,
        };
        var metrics = font.Metrics;
        var baseline = top - metrics.Ascent + (lineHeight - (metrics.Descent - metrics.Ascent)) / 2;
        Canvas.DrawText(fitted, x, baseline, align, font, paint);
        _drawn.Add(new HudTextRect(fitted, new SKRect(left, baseline + metrics.Ascent, left + width, baseline + metrics.Descent), Box, Layer));
        return top + lineHeight;
    }

    /// <summary>Wrapped text from <paramref name="top"/>, at most <paramref name="maxLines"/> lines (the last cut with "…"); returns the top below it.</summary>
    public float Wrap(string text, float x, float top, float width, SKFont font, SKPaint paint, int maxLines)
    {
        foreach (var line in TextLayout.Wrap(text, width, font, maxLines))
        {
            top = Line(line, x, top, width, font, paint);
        }

        return top;
    }

    /// <summary>Height <see cref="Wrap"/> would take for <paramref name="text"/>.</summary>
    public static float WrapHeight(string text, float width, SKFont font, int maxLines) =>
        TextLayout.Wrap(text, width, font, maxLines).Count * TextLayout.LineHeight(font);

    /// <summary>Width of a button labelled <paramref name="label"/> in <paramref name="font"/>.</summary>
    public static float ButtonWidth(string label, SKFont font) => font.MeasureText(label) + font.Size * 1.4f;

    /// <summary>A button (its label cut to fit <paramref name="rect"/>) that stands for the key <paramref name="key"/>.</summary>
    public void Button(SKRect rect, string label, int key, SKFont font, bool emphasised = false, int modifiers = 0)
    {
        using var fill = new SKPaint { Color = emphasised ? HudColors.Good.WithAlpha(90) : new SKColor(255, 255, 255, 28), IsAntialias = true };
        using var edge = new SKPaint { Color = emphasised ? HudColors.Good : HudColors.Dim, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        using var ink = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        var radius = font.Size * 0.3f;
        Canvas.DrawRoundRect(rect, radius, radius, fill);
        Canvas.DrawRoundRect(rect, radius, radius, edge);
        Line(label, rect.MidX, rect.MidY - TextLayout.LineHeight(font) / 2, rect.Width - font.Size * 0.8f, font, ink, SKTextAlign.Center);
        _buttons.Add(new HudButton(rect, key, modifiers));
    }

    /// <summary>Forgets the buttons drawn so far: a dialog or the key list is modal, so what it covers cannot be clicked.</summary>
    public void ClearButtons() => _buttons.Clear();

    /// <summary>An invisible click target (a tray slot) standing for <paramref name="key"/>.</summary>
    public void Target(SKRect rect, int key, int modifiers = 0) => _buttons.Add(new HudButton(rect, key, modifiers));

    /// <summary>
    /// Lays buttons out left to right from (<paramref name="x"/>, <paramref name="top"/>), wrapping into rows no wider than
    /// <paramref name="width"/>; returns the y below the last row.
    /// </summary>
    public float ButtonRows(IReadOnlyList<(string Label, int Key, bool Emphasised)> buttons, float x, float top, float width, SKFont font)
    {
        var height = ButtonHeight(font);
        var gap = font.Size * 0.5f;
        var (cx, cy) = (x, top);
        foreach (var (label, key, emphasised) in buttons)
        {
            var w = Math.Min(ButtonWidth(label, font), width);
            if (cx > x && cx + w > x + width)
            {
                (cx, cy) = (x, cy + height + gap);
            }

            Button(new SKRect(cx, cy, cx + w, cy + height), label, key, font, emphasised);
            cx += w + gap;
        }

        return buttons.Count == 0 ? top : cy + height;
    }

    /// <summary>Buttons in one row from <paramref name="x"/>, narrowed (labels cut with "…") if they would not fit in <paramref name="width"/>.</summary>
    public void ButtonRow(IReadOnlyList<(string Label, int Key, bool Emphasised)> buttons, float x, float top, float width, SKFont font)
    {
        var gap = font.Size * 0.5f;
        var natural = buttons.Select(b => ButtonWidth(b.Label, font)).ToList();
        var total = natural.Sum() + gap * Math.Max(0, buttons.Count - 1);
        var shrink = total > width ? (width - gap * Math.Max(0, buttons.Count - 1)) / natural.Sum() : 1f;
        var cx = x;
        for (var i = 0; i < buttons.Count; i++)
        {
            var w = natural[i] * shrink;
            Button(new SKRect(cx, top, cx + w, top + ButtonHeight(font)), buttons[i].Label, buttons[i].Key, font, buttons[i].Emphasised);
            cx += w + gap;
        }
    }

    /// <summary>Width <see cref="ButtonRow"/> takes when nothing needs narrowing.</summary>
    public static float ButtonRowWidth(IReadOnlyList<(string Label, int Key, bool Emphasised)> buttons, SKFont font) =>
        buttons.Sum(b => ButtonWidth(b.Label, font)) + font.Size * 0.5f * Math.Max(0, buttons.Count - 1);

    /// <summary>Height <see cref="ButtonRows"/> would take.</summary>
    public static float ButtonRowsHeight(IReadOnlyList<(string Label, int Key, bool Emphasised)> buttons, float width, SKFont font)
    {
        if (buttons.Count == 0)
        {
            return 0;
        }

        var gap = font.Size * 0.5f;
        var (cx, rows) = (0f, 1);
        foreach (var (label, _, _) in buttons)
        {
            var w = Math.Min(ButtonWidth(label, font), width);
            if (cx > 0 && cx + w > width)
            {
                (cx, rows) = (0, rows + 1);
            }

            cx += w + gap;
        }

        return rows * ButtonHeight(font) + (rows - 1) * gap;
    }

    public static float ButtonHeight(SKFont font) => font.Size * 2f;
}
