using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns one RGBA8 2D texture; <see cref="Upload"/> replaces its contents without reallocating when the size is unchanged.</summary>
public sealed class Texture2D : IDisposable
{
    private readonly GL _gl;
    private bool _disposed;

    /// <summary>An RGBA8 texture of <paramref name="width"/> × <paramref name="height"/>; <paramref name="pixelExact"/> when drawn pixel for pixel (the HUD): nearest sampling, which a CPU rasteriser does faster than linear.</summary>
    public Texture2D(GL gl, int width, int height, bool pixelExact = false)
    {
        _gl = gl;
        GlObjects.Created();
        Handle = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, Handle);
        var filter = pixelExact ? (int)TextureMinFilter.Nearest : (int)TextureMinFilter.Linear;
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, filter);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, filter);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        Allocate(width, height);
    }

    public uint Handle { get; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Uploads tightly packed RGBA8 (or BGRA8 when <paramref name="bgra"/>) pixels, top row first.</summary>
    public unsafe void Upload(ReadOnlySpan<byte> pixels, int width, int height, bool bgra)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.BindTexture(TextureTarget.Texture2D, Handle);
        if (width != Width || height != Height)
        {
            Allocate(width, height);
        }

        fixed (byte* p = pixels)
        {
            _gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)width, (uint)height,
                bgra ? PixelFormat.Bgra : PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }
    }

    public void Bind(int unit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.ActiveTexture(TextureUnit.Texture0 + unit);
        _gl.BindTexture(TextureTarget.Texture2D, Handle);
    }

    private unsafe void Allocate(int width, int height)
    {
        Width = width;
        Height = height;
        _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)width, (uint)height, 0,
            PixelFormat.Rgba, PixelType.UnsignedByte, null);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _gl.DeleteTexture(Handle);
            GlObjects.Released();
        }
    }
}
