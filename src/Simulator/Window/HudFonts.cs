using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>The HUD's typefaces and paints (DejaVu Sans from fonts-dejavu-core; Skia's default if it is missing).</summary>
public sealed class HudFonts : IDisposable
{
    public HudFonts(float scale)
    {
        Scale = scale;
        Regular = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        Bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? Regular;
        Body = new SKFont(Regular, 15 * scale);
        Small = new SKFont(Regular, 12.5f * scale);
        Heading = new SKFont(Bold, 17 * scale);
        Large = new SKFont(Bold, 26 * scale);
    }

    /// <summary>
    /// Loads what the first HUD paint needs — Skia's native library, the font configuration, the typefaces and the text code —
    /// by painting a line off screen; meant for a worker while the window opens. Harmless to run twice or not at all.
    /// </summary>
    public static void WarmUp()
    {
        using var fonts = new HudFonts(1f);
        using var bitmap = new SKBitmap(new SKImageInfo(64, 32, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.Clear(SKColors.Transparent);
        foreach (var font in new[] { fonts.Body, fonts.Small, fonts.Heading, fonts.Large })
        {
            canvas.DrawText("Warm-up 0.9 ✔ →", font.MeasureText("W"), 20, SKTextAlign.Left, font, paint);
        }
    }

    public float Scale { get; }
    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKFont Body { get; }
    public SKFont Small { get; }
    public SKFont Heading { get; }
    public SKFont Large { get; }

    public void Dispose()
    {
        Body.Dispose();
        Small.Dispose();
        Heading.Dispose();
        Large.Dispose();
    }
}
