using SkiaSharp;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The C-arm's image panel: where it sits and how big it is, full view, and what dragging its parts does.</summary>
/// <remarks>
/// <para>
/// No GL and no window: the trainer passes the 3D view's rectangle (framebuffer pixels) and the UI scale, so the
/// layout and every drag are unit-tested. The panel always stays inside that rectangle.
/// </para>
/// <para>
/// By default it sits in the bottom-left corner of the 3D view, at most <see cref="DefaultWidthShare"/> of its
/// width: in the surgeon's view the operated (left) hemipelvis lies right of the middle, so the panel never
/// covers it. Dragging the rotation or tilt scale moves the scale under its fixed centre mark, like pulling a
/// tape (<see cref="PixelsPerDegree"/>); dragging the image moves the isocentre so the anatomy follows the mouse.
/// </para>
/// </remarks>
public sealed class CArmPanel
{
    /// <summary>The default panel's share of the 3D view's width.</summary>
    public const float DefaultWidthShare = 0.32f;

    public const float DefaultImageSize = 300;

    public const float MinImageSize = 140;

    public const float Margin = 12;

    /// <summary>Full view starts this far below the top of the 3D view, so the feedback box above it stays readable.</summary>
    public const float FullViewTopInset = 96;

    /// <summary>Scale pixels (at UI scale 1) per degree on the rotation and tilt handles: a 10 px drag is 1°.</summary>
    public const float PixelsPerDegree = 10;

    private SKPoint? _position;
    private float? _imageSize;
    private CArmPanelPart _dragging;

    public bool FullView { get; set; }

    /// <summary>The part being dragged since the last press, or <see cref="CArmPanelPart.None"/>.</summary>
    public CArmPanelPart Dragging => _dragging;

    public CArmPanelLayout Layout(SKRect view, float scale)
    {
        var margin = Margin * scale;
        var (chromeW, chromeH) = CArmPanelLayout.OuterSize(0, scale);
        var largest = Math.Max(1f, Math.Min(view.Width - 2 * margin - chromeW, view.Height - 2 * margin - chromeH));
        if (FullView)
        {
            var top = Math.Min(view.Top + FullViewTopInset * scale, view.MidY);
            var full = Math.Max(1f, Math.Min(view.Width - 2 * margin - chromeW, view.Bottom - margin - top - chromeH));
            var (w, _) = CArmPanelLayout.OuterSize(full, scale);
            return CArmPanelLayout.At(view.MidX - w / 2, top, full, scale);
        }

        var fallback = Math.Min(DefaultImageSize * scale, view.Width * DefaultWidthShare - chromeW);
        var size = Math.Clamp(_imageSize ?? fallback, Math.Min(MinImageSize * scale, largest), largest);
        var (width, height) = CArmPanelLayout.OuterSize(size, scale);
        var position = _position ?? new SKPoint(view.Left + margin, view.Bottom - margin - height);
        var x = Math.Clamp(position.X, view.Left, Math.Max(view.Left, view.Right - width));
        var y = Math.Clamp(position.Y, view.Top, Math.Max(view.Top, view.Bottom - height));
        return CArmPanelLayout.At(x, y, size, scale);
    }

    /// <summary>A mouse press at (<paramref name="x"/>, <paramref name="y"/>): grabs the part there (the full-view button toggles at once). False if the press is not on the panel.</summary>
    public bool Press(float x, float y, SKRect view, float scale)
    {
        var part = Layout(view, scale).HitTest(x, y);
        if (part == CArmPanelPart.FullViewButton)
        {
            FullView = !FullView;
            return true;
        }

        // In full view the panel neither moves nor resizes; its scales and image still work.
        _dragging = FullView && part is CArmPanelPart.TitleBar or CArmPanelPart.ResizeCorner ? CArmPanelPart.None : part;
        return part != CArmPanelPart.None;
    }

    public void Release() => _dragging = CArmPanelPart.None;

    /// <summary>The mouse moved by (<paramref name="dx"/>, <paramref name="dy"/>) pixels while a part is held: moves or resizes the panel, or returns the C-arm moved.</summary>
    public CArmPose Drag(float dx, float dy, CArmPose pose, SKRect view, float scale)
    {
        var layout = Layout(view, scale);
        switch (_dragging)
        {
            case CArmPanelPart.TitleBar:
                _position = new SKPoint(layout.Outer.Left + dx, layout.Outer.Top + dy);
                break;
            case CArmPanelPart.ResizeCorner:
                _position = new SKPoint(layout.Outer.Left, layout.Outer.Top);
                _imageSize = layout.Image.Width + Math.Max(dx, dy);
                break;
            case CArmPanelPart.RotationHandle:
                return pose.Rotated(-dx / (PixelsPerDegree * scale));
            case CArmPanelPart.TiltHandle:
                return pose.Tilted(dy / (PixelsPerDegree * scale));
            case CArmPanelPart.Image:
                var mmPerPixel = CArmPose.FieldMm / layout.Image.Width;
                return pose.MovedOnImage(-dx * mmPerPixel, dy * mmPerPixel);
        }

        return pose;
    }
}
