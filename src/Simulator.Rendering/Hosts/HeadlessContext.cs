using Silk.NET.OpenGL;
using Simulator.Rendering.Native;

namespace Simulator.Rendering.Hosts;

/// <summary>An OpenGL 3.3 core context with no window and no X server: EGL on Mesa's surfaceless platform.</summary>
/// <remarks>
/// Rendering goes to a <see cref="Gl.Framebuffer"/>; there is no default framebuffer. The context is
/// current on the creating thread only; create, use and dispose it on one thread.
/// </remarks>
public sealed unsafe class HeadlessContext : IDisposable
{
    private readonly nint _display;
    private readonly nint _context;
    private bool _disposed;

    private HeadlessContext(nint display, nint context, GL gl)
    {
        _display = display;
        _context = context;
        Gl = gl;
    }

    public GL Gl { get; }

    public static HeadlessContext Create()
    {
        nint display;
        try
        {
            display = Egl.GetPlatformDisplay(Egl.PlatformSurfacelessMesa);
        }
        catch (DllNotFoundException)
        {
            throw new DisplayUnavailableException("headless rendering needs libEGL.so.1 (Debian: apt install libegl1 libgl1-mesa-dri)");
        }

        if (display == 0 || Egl.Initialize(display, out _, out _) == 0)
        {
            throw new DisplayUnavailableException($"EGL surfaceless display unavailable (EGL error 0x{Egl.GetError():X}); install Mesa: apt install libegl1 libgl1-mesa-dri");
        }

        if (Egl.BindApi(Egl.OpenGLApi) == 0)
        {
            Egl.Terminate(display);
            throw new DisplayUnavailableException("EGL cannot bind the desktop OpenGL API");
        }

        var configAttributes = stackalloc int[] { Egl.SurfaceType, Egl.PbufferBit, Egl.RenderableType, Egl.OpenGLBit, Egl.None };
        nint config;
        if (Egl.ChooseConfig(display, configAttributes, &config, 1, out var count) == 0 || count == 0)
        {
            Egl.Terminate(display);
            throw new DisplayUnavailableException("EGL has no OpenGL-capable configuration");
        }

        var contextAttributes = stackalloc int[]
        {
            Egl.ContextMajorVersion, 3, Egl.ContextMinorVersion, 3,
            Egl.ContextOpenGLProfileMask, Egl.ContextOpenGLCoreProfileBit, Egl.None,
        };
        var context = Egl.CreateContext(display, config, 0, contextAttributes);
        if (context == 0 || Egl.MakeCurrent(display, 0, 0, context) == 0)
        {
            Egl.Terminate(display);
            throw new DisplayUnavailableException($"EGL could not create an OpenGL 3.3 core context (EGL error 0x{Egl.GetError():X})");
        }

        var gl = GL.GetApi(name => Egl.GetProcAddress(name));
        return new HeadlessContext(display, context, gl);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Gl.Dispose();
        Egl.MakeCurrent(_display, 0, 0, 0);
        Egl.DestroyContext(_display, _context);
        Egl.Terminate(_display);
    }
}
