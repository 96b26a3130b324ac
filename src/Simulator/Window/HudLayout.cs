using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Where the HUD's regions sit for a framebuffer size: guidance panel, 3D view, tray, feedback.</summary>
/// <remarks>
/// Pure arithmetic (pixels, origin top-left), shared by the painter, the 3D viewport and mouse picking so
/// they cannot disagree. The scale is the requested one (pixel ratio × text size) capped so that the
/// smallest window, 1024×640, still fits everything at its design size: larger text needs a larger window.
/// </remarks>
public sealed class HudLayout
{
    public const float PanelWidth = 380;
    public const float TrayHeight = 80;

    private HudLayout(int width, int height, float scale)
    {
        Width = width;
        Height = height;
        Scale = scale;
        var s = scale;
        Margin = 12 * s;
        Panel = new SKRect(0, 0, PanelWidth * s, height);
        Tray = new SKRect(Panel.Right, height - TrayHeight * s, width, height);
        TraySlots = new SKRect(Tray.Left, Tray.Top, Tray.Right, Tray.Top + 42 * s);
        Status = new SKRect(Tray.Left, TraySlots.Bottom, Tray.Right, Tray.Bottom);
        View = new SKRect(Panel.Right, 0, width, MathF.Max(1, Tray.Top));
        var feedbackWidth = MathF.Min(620 * s, View.Width - 2 * Margin);
        Feedback = new SKRect(View.Left + Margin, Margin, View.Left + Margin + feedbackWidth, View.Top + View.Height * 0.5f);
    }

    /// <summary>The layout for a <paramref name="width"/> × <paramref name="height"/> framebuffer at the requested scale.</summary>
    /// <param name="width">Framebuffer width, pixels.</param>
    /// <param name="height">Framebuffer height, pixels.</param>
    /// <param name="requestedScale">Pixel ratio × the trainee's text size.</param>
    /// <param name="pixelRatio">Framebuffer pixels per screen unit (2 on most high-DPI screens).</param>
    /// <remarks>Past 1600×1000 screen units the HUD grows with the window, so a large screen is not mostly empty 3D view.</remarks>
    public static HudLayout For(int width, int height, float requestedScale, float pixelRatio = 1f)
    {
        var ratio = MathF.Max(0.5f, pixelRatio);
        var grow = MathF.Max(1f, MathF.Min(width / (1600f * ratio), height / (1000f * ratio)));
        var fits = MathF.Min(width / (float)TrainerSettings.MinWidth, height / (float)TrainerSettings.MinHeight);
        return new HudLayout(Math.Max(1, width), Math.Max(1, height), MathF.Max(0.5f, MathF.Min(requestedScale * grow, fits)));
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels per design unit (1 on an ordinary screen at normal text size).</summary>
    public float Scale { get; }

    public float Margin { get; }

    /// <summary>The guidance panel on the left (status, next step, step list or phases, buttons).</summary>
    public SKRect Panel { get; }

    /// <summary>The 3D view: right of the panel and above the tray, where the feedback box and floating panels (the C-arm's) live.</summary>
    /// <remarks>The opaque panel and tray lie outside it, so a frame that only moves the view need not draw them again.</remarks>
    public SKRect View { get; }

    /// <summary>The instrument tray along the bottom of the view: a row of slots above the status line.</summary>
    public SKRect Tray { get; }

    public SKRect TraySlots { get; }

    /// <summary>The status line under the tray slots: the tool's settings and its buttons.</summary>
    public SKRect Status { get; }


    /// <summary>
    /// The space the feedback box may take (top left of the view, the upper half at most, clear of the C-arm panel's
    /// default place in the bottom left); its height follows its text, and a notice goes right below it.
    /// </summary>
    public SKRect Feedback { get; }

    /// <summary>The rectangle of one tray slot (<paramref name="index"/> of <paramref name="count"/>).</summary>
    public SKRect TraySlot(int index, int count)
    {
        var w = TraySlots.Width / count;
        return new SKRect(TraySlots.Left + index * w, TraySlots.Top, TraySlots.Left + (index + 1) * w, TraySlots.Bottom);
    }

    /// <summary>A centred overlay box at most <paramref name="maxWidth"/> × <paramref name="height"/> design units, kept inside the window.</summary>
    public SKRect Centred(float maxWidth, float height)
    {
        var w = MathF.Min(maxWidth * Scale, Width - 2 * 20 * Scale);
        var h = MathF.Min(height, Height - 2 * 20 * Scale);
        var x = (Width - w) / 2;
        var y = (Height - h) / 2;
        return new SKRect(x, y, x + w, y + h);
    }
}
