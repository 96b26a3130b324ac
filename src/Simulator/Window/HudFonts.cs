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
