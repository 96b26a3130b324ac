using SkiaSharp;
using Simulator.App.Reports;

namespace Simulator.App.Window;

/// <summary>The final C-arm images on the debrief screen, with the plan (blue) and the achieved pin paths (orange).</summary>
/// <remarks>
/// Decoded once from the PNGs the report embeds, so the window and the report show the same pictures.
/// Skia images, not GL textures: the debrief is painted on the HUD, which repaints only when it changes.
/// </remarks>
public sealed class DebriefViews : IDisposable
{
    private const float Gap = 12;
    private const float Legend = 24;
    private const float Caption = 20;
    private const float Margin = 0.15f;
    private readonly List<(string View, SKImage Image)> _images = new();

    public DebriefViews(ReportViews views)
    {
        Unavailable = views.Unavailable;
        foreach (var image in views.Fluoro)
        {
            if (SKImage.FromEncodedData(image.Png) is { } decoded)
            {
                _images.Add((image.Title[ReportViews.FluoroPrefix.Length..], decoded));
            }
        }
    }

    public int Count => _images.Count;

    /// <summary>Why there are no images (shown instead of them), or null.</summary>
    public string? Unavailable { get; }

    /// <summary>The area the strip takes at the bottom of a column: images side by side, as large as <paramref name="maxHeight"/> allows.</summary>
    public SKRect Area(float left, float bottom, float width, float maxHeight, float scale)
    {
        if (_images.Count == 0)
        {
            return new SKRect(left, bottom - Legend * scale, left + width, bottom);
        }

        var side = Math.Min((width - Gap * scale * (_images.Count - 1)) / _images.Count, maxHeight - (Legend + Caption) * scale);
        side = Math.Max(side, 0);
        return new SKRect(left, bottom - side - (Legend + Caption) * scale, left + width, bottom);
    }

    /// <summary>The legend and the images in <paramref name="area"/>; text goes through <paramref name="t"/>, cut to fit.</summary>
    public void Paint(HudText t, SKRect area)
    {
        var f = t.Fonts;
        var s = f.Scale;
        var canvas = t.Canvas;
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        t.Begin(area, 0);
        var top = area.Top + 2 * s;
        if (_images.Count == 0)
        {
            t.Line($"Final C-arm views unavailable{(Unavailable is null ? "" : ": " + Unavailable)}", area.Left, top, area.Width, f.Small, dim);
            return;
        }

        // The legend says it in words as well as colour: blue and orange read for colour-blind trainees.
        var x = area.Left;
        x = Say(t, "Final C-arm views:", x, top, area.Right, f.Small, text);
        x = Swatch(t, x, top, area.Right, HudColors.Good, f.Small);
        x = Say(t, "plan (blue)", x, top, area.Right, f.Small, dim);
        x = Swatch(t, x, top, area.Right, HudColors.Problem, f.Small);
        x = Say(t, "achieved pin path (orange)", x, top, area.Right, f.Small, dim);
        Say(t, "· implants white", x, top, area.Right, f.Small, dim);

        var side = area.Height - (Legend + Caption) * s;
        var imageTop = area.Top + Legend * s;
        using var frame = new SKPaint { Color = HudColors.Dim.WithAlpha(120), Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        for (var i = 0; i < _images.Count; i++)
        {
            var (view, image) = _images[i];
            var left = area.Left + i * (side + Gap * s);
            var dest = new SKRect(left, imageTop, left + side, imageTop + side);
            // The middle of the image: the pelvis fills it, the dark rim of the intensifier field does not.
            var crop = new SKRect(image.Width * Margin, image.Height * Margin, image.Width * (1 - Margin), image.Height * (1 - Margin));
            canvas.DrawImage(image, crop, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            canvas.DrawRect(dest, frame);
            t.Line($"C-arm {view}", left + side / 2, dest.Bottom + 2 * s, side, f.Small, dim, SKTextAlign.Center);
        }
    }

    /// <summary>Words from <paramref name="x"/>, cut to end by <paramref name="right"/>; returns where the next item starts.</summary>
    private static float Say(HudText t, string words, float x, float top, float right, SKFont font, SKPaint paint)
    {
        var fitted = TextLayout.Fit(words, right - x, font);
        if (fitted.Length == 0)
        {
            return right;
        }

        t.Line(fitted, x, top, right - x, font, paint);
        return x + font.MeasureText(fitted) + font.Size * 0.5f;
    }

    private static float Swatch(HudText t, float x, float top, float right, SKColor colour, SKFont font)
    {
        var s = t.Fonts.Scale;
        if (x + 24 * s > right)
        {
            return right;
        }

        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        var middle = top + TextLayout.LineHeight(font) / 2;
        t.Canvas.DrawRect(x, middle - 2 * s, 18 * s, 4 * s, paint);
        return x + 24 * s;
    }

    public void Dispose()
    {
        foreach (var (_, image) in _images)
        {
            image.Dispose();
        }

        _images.Clear();
    }
}
