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
        GlObjects.Created();
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

    /// <summary>Reads the colour buffer as RGBA8, top row first.</summary>
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
        _gl.DeleteRenderbuffer(_color);
        _gl.DeleteRenderbuffer(_depth);
        _gl.DeleteFramebuffer(Handle);
        GlObjects.Released();
    }
}
