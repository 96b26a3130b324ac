using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns an offscreen framebuffer (RGBA8 colour + 24-bit depth renderbuffers) for headless rendering and read-back.</summary>
public sealed class Framebuffer : IDisposable
{
    private readonly GL _gl;
    private readonly uint _color;
    private readonly uint _depth;
    private bool _disposed;

    public Framebuffer(GL gl, int width, int height)
    {
        _gl = gl;
        Width = width;
        Height = height;
        Handle = gl.GenFramebuffer();
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, Handle);
        _color = gl.GenRenderbuffer();
        gl.BindRenderbuffer(RenderbufferTarget.Renderbuffer, _color);
        gl.RenderbufferStorage(RenderbufferTarget.Renderbuffer, InternalFormat.Rgba8, (uint)width, (uint)height);
        gl.FramebufferRenderbuffer(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, RenderbufferTarget.Renderbuffer, _color);
        _depth = gl.GenRenderbuffer();
        gl.BindRenderbuffer(RenderbufferTarget.Renderbuffer, _depth);
        gl.RenderbufferStorage(RenderbufferTarget.Renderbuffer, InternalFormat.DepthComponent24, (uint)width, (uint)height);
        gl.FramebufferRenderbuffer(FramebufferTarget.Framebuffer, FramebufferAttachment.DepthAttachment, RenderbufferTarget.Renderbuffer, _depth);
        var status = gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
        {
            Dispose();
            throw new InvalidOperationException($"offscreen framebuffer {width}x{height} is incomplete ({status})");
        }
    }

    public uint Handle { get; }

    public int Width { get; }

    public int Height { get; }

    public void Bind()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, Handle);
        _gl.Viewport(0, 0, (uint)Width, (uint)Height);
    }

    /// <summary>Reads the colour buffer as RGBA8, top row first (GL's bottom-up rows are flipped).</summary>
    public byte[] ReadRgba()
    {
        var pixels = new byte[Width * Height * 4];
        ReadRgba(pixels);
        return pixels;
    }

    /// <summary>Reads into a caller-owned buffer of Width × Height × 4 bytes, top row first.</summary>
    public unsafe void ReadRgba(Span<byte> pixels)
    {
        Bind();
        _gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        fixed (byte* p = pixels)
        {
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }

        var stride = Width * 4;
        var temp = new byte[stride];
        for (var y = 0; y < Height / 2; y++)
        {
            var top = pixels.Slice(y * stride, stride);
            var bottom = pixels.Slice((Height - 1 - y) * stride, stride);
            top.CopyTo(temp);
            bottom.CopyTo(top);
            temp.CopyTo(bottom);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _gl.DeleteRenderbuffer(_color);
        _gl.DeleteRenderbuffer(_depth);
        _gl.DeleteFramebuffer(Handle);
    }
}
