using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns a framebuffer whose colour attachment is a texture (RGBA8 or R32F), to render into and sample from.</summary>
public sealed class RenderTexture : IDisposable
{
    private readonly GL _gl;
    private bool _disposed;

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> target, RGBA8 or (<paramref name="floatingPoint"/>) R32F.</summary>
    /// <param name="gl">The context that owns it.</param>
    /// <param name="width">Width, pixels.</param>
    /// <param name="height">Height, pixels.</param>
    /// <param name="floatingPoint">One 32-bit float channel instead of RGBA8.</param>
    /// <param name="nearest">Sampled nearest rather than linear: for a texture drawn pixel for pixel, which a CPU rasteriser then copies at less cost.</param>
    public unsafe RenderTexture(GL gl, int width, int height, bool floatingPoint, bool nearest = false)
    {
        _gl = gl;
        Width = width;
        Height = height;
        Texture = gl.GenTexture();
        GlObjects.Created();
        gl.BindTexture(TextureTarget.Texture2D, Texture);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)(nearest ? TextureMinFilter.Nearest : TextureMinFilter.Linear));
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)(nearest ? TextureMagFilter.Nearest : TextureMagFilter.Linear));
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        if (floatingPoint)
        {
            gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.R32f, (uint)width, (uint)height, 0, PixelFormat.Red, PixelType.Float, null);
        }
        else
        {
            gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)width, (uint)height, 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
        }

        Handle = gl.GenFramebuffer();
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, Handle);
        gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, TextureTarget.Texture2D, Texture, 0);
        var status = gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
        {
            Dispose();
            throw new InvalidOperationException($"render texture {width}x{height} ({(floatingPoint ? "R32F" : "RGBA8")}) is incomplete ({status})");
        }
    }

    public uint Handle { get; }

    public uint Texture { get; }

    public int Width { get; }

    public int Height { get; }

    public void Bind()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, Handle);
        _gl.Viewport(0, 0, (uint)Width, (uint)Height);
    }

    public void BindTexture(int unit)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.ActiveTexture(TextureUnit.Texture0 + unit);
        _gl.BindTexture(TextureTarget.Texture2D, Texture);
    }

    /// <summary>RGBA8 pixels, top row first.</summary>
    public byte[] ReadRgba()
    {
        Bind();
        return PixelReadback.ReadRgba(_gl, Width, Height);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _gl.DeleteFramebuffer(Handle);
        _gl.DeleteTexture(Texture);
        GlObjects.Released();
    }
}
