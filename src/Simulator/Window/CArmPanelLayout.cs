using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>Where each part of the C-arm panel sits, in framebuffer pixels (origin top-left).</summary>
/// <remarks>
/// A title bar across the top (drag to move; the button at its right end toggles full view), the square image,
/// the tilt scale to its right, the rotation scale below it and the resize corner where the two scales meet.
/// </remarks>
public readonly record struct CArmPanelLayout(SKRect Outer, SKRect Title, SKRect FullViewButton, SKRect Image,
    SKRect RotationHandle, SKRect TiltHandle, SKRect ResizeCorner)
{
    public const float TitleHeight = 26;
    public const float HandleSize = 26;

    /// <summary>The layout of a panel whose top-left corner is (<paramref name="x"/>, <paramref name="y"/>) around an image <paramref name="imageSize"/> pixels square.</summary>
    public static CArmPanelLayout At(float x, float y, float imageSize, float scale)
    {
        var title = TitleHeight * scale;
        var handle = HandleSize * scale;
        var right = x + imageSize + handle;
        var imageBottom = y + title + imageSize;
        return new CArmPanelLayout(
            new SKRect(x, y, right, imageBottom + handle),
            new SKRect(x, y, right, y + title),
            new SKRect(right - title, y, right, y + title),
            new SKRect(x, y + title, x + imageSize, imageBottom),
            new SKRect(x, imageBottom, x + imageSize, imageBottom + handle),
            new SKRect(x + imageSize, y + title, right, imageBottom),
            new SKRect(x + imageSize, imageBottom, right, imageBottom + handle));
    }

    /// <summary>The outer size around an image <paramref name="imageSize"/> pixels square.</summary>
    public static (float Width, float Height) OuterSize(float imageSize, float scale) =>
        (imageSize + HandleSize * scale, imageSize + (TitleHeight + HandleSize) * scale);

    /// <summary>Which part is at (<paramref name="x"/>, <paramref name="y"/>); the button wins over the title bar it sits on.</summary>
    public CArmPanelPart HitTest(float x, float y)
    {
        if (!Outer.Contains(x, y))
        {
            return CArmPanelPart.None;
        }

        return FullViewButton.Contains(x, y) ? CArmPanelPart.FullViewButton
            : Title.Contains(x, y) ? CArmPanelPart.TitleBar
            : ResizeCorner.Contains(x, y) ? CArmPanelPart.ResizeCorner
            : RotationHandle.Contains(x, y) ? CArmPanelPart.RotationHandle
            : TiltHandle.Contains(x, y) ? CArmPanelPart.TiltHandle
            : CArmPanelPart.Image;
    }
}
