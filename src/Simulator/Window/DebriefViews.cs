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

    public void Paint(SKCanvas canvas, SKRect area, HudFonts f)
    {
        var s = f.Scale;
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        var baseline = area.Top + 15 * s;
        if (_images.Count == 0)
        {
            canvas.DrawText($"Final C-arm views unavailable{(Unavailable is null ? "" : ": " + Unavailable)}", area.Left, baseline, SKTextAlign.Left, f.Small, dim);
            return;
        }

        // The legend says it in words as well as colour: blue and orange read for colour-blind trainees.
        var x = area.Left;
        x = Say(canvas, "Final C-arm views:", x, baseline, f.Small, text);
        x = Swatch(canvas, x, baseline, HudColors.Good, s);
        x = Say(canvas, "plan (blue)", x, baseline, f.Small, dim);
        x = Swatch(canvas, x, baseline, HudColors.Problem, s);
        x = Say(canvas, "achieved pin path (orange)", x, baseline, f.Small, dim);
        Say(canvas, "· implants white", x, baseline, f.Small, dim);

        var side = area.Height - (Legend + Caption) * s;
        var top = area.Top + Legend * s;
        using var frame = new SKPaint { Color = HudColors.Dim.WithAlpha(120), Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        for (var i = 0; i < _images.Count; i++)
        {
            var (view, image) = _images[i];
            var left = area.Left + i * (side + Gap * s);
            var dest = new SKRect(left, top, left + side, top + side);
            // The middle of the image: the pelvis fills it, the dark rim of the intensifier field does not.
            var crop = new SKRect(image.Width * Margin, image.Height * Margin, image.Width * (1 - Margin), image.Height * (1 - Margin));
            canvas.DrawImage(image, crop, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            canvas.DrawRect(dest, frame);
            canvas.DrawText($"C-arm {view}", left + side / 2, dest.Bottom + 15 * s, SKTextAlign.Center, f.Small, dim);
        }
    }

    private static float Say(SKCanvas canvas, string words, float x, float baseline, SKFont font, SKPaint paint)
    {
        canvas.DrawText(words, x, baseline, SKTextAlign.Left, font, paint);
        return x + font.MeasureText(words) + font.Size * 0.5f;
    }

    private static float Swatch(SKCanvas canvas, float x, float baseline, SKColor colour, float s)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawRect(x, baseline - 7 * s, 18 * s, 4 * s, paint);
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
