using SkiaSharp;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Scene;

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
        _texture = new Texture2D(gl, width, height, pixelExact: true);
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public Texture2D Texture => _texture;

    /// <summary>Where the last paint put anything (whole tiles, see <see cref="OverlayCoverage"/>): the only part drawn over the scene.</summary>
    public List<PixelRect> Coverage { get; } = new();

    /// <summary>Clears the bitmap, lets <paramref name="paint"/> draw on it, uploads it and finds its <see cref="Coverage"/>.</summary>
    public void Paint(Action<SKCanvas> paint)
    {
        using (var canvas = new SKCanvas(_bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            paint(canvas);
        }

        var pixels = _bitmap.GetPixelSpan();
        _texture.Upload(pixels, _bitmap.Width, _bitmap.Height, bgra: true);
        OverlayCoverage.Find(pixels, _bitmap.Width, _bitmap.Height, Coverage);
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
