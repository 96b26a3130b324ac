using SkiaSharp;
using Simulator.Rendering.Gl;

namespace Simulator.App.Window;

/// <summary>A SkiaSharp bitmap the HUD is painted on, uploaded to a GL texture only when it changed.</summary>
/// <remarks>Painting allocates (text shaping); it happens on state changes, never every frame.</remarks>
public sealed class HudCanvas : IDisposable
{
    private SKBitmap _bitmap;
    private readonly Texture2D _texture;

    public HudCanvas(Silk.NET.OpenGL.GL gl, int width, int height)
    {
        _bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        _texture = new Texture2D(gl, width, height);
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public Texture2D Texture => _texture;

    /// <summary>Clears the bitmap, lets <paramref name="paint"/> draw on it, then uploads it.</summary>
    public void Paint(Action<SKCanvas> paint)
    {
        using (var canvas = new SKCanvas(_bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            paint(canvas);
        }

        _texture.Upload(_bitmap.GetPixelSpan(), _bitmap.Width, _bitmap.Height, bgra: true);
    }

    public void Resize(int width, int height)
    {
        if (width == _bitmap.Width && height == _bitmap.Height)
        {
            return;
        }

        _bitmap.Dispose();
        _bitmap = new SKBitmap(new SKImageInfo(Math.Max(1, width), Math.Max(1, height), SKColorType.Bgra8888, SKAlphaType.Premul));
    }

    public void Dispose()
    {
        _bitmap.Dispose();
        _texture.Dispose();
    }
}
