using Silk.NET.OpenGL;
using Simulator.Rendering.Native;

namespace Simulator.Rendering.Hosts;

/// <summary>Showing a frame: a buffer swap, or on a CPU rasteriser a copy of only the part that changed.</summary>
public sealed unsafe partial class GlfwWindow
{
    private readonly delegate* unmanaged[Cdecl]<nint, nint, int, int, int, int, void> _copySubBuffer;
    private readonly nint _x11Display;
    private readonly nint _glxDrawable;
    private bool _presentParts = true;
    private bool _exposed = true;
    private (int Width, int Height) _presentedSize;

    /// <summary>
    /// Whether <see cref="Present"/> can show just part of a frame, leaving the rest of the window as it was last shown: on a CPU
    /// rasteriser (Mesa llvmpipe, softpipe) with GLX_MESA_copy_sub_buffer, where showing a frame is a copy to the window anyway
    /// and every pixel drawn costs CPU time. False elsewhere: a GPU swaps whole buffers, and redrawing costs it next to nothing.
    /// Set it false to always draw and show whole frames.
    /// </summary>
    public bool PresentsParts
    {
        get => _copySubBuffer is not null && _presentParts;
        set => _presentParts = value;
    }

    /// <summary>
    /// Whether the next frame must be drawn and shown whole: always without <see cref="PresentsParts"/>, and otherwise after
    /// the window was uncovered or resized, when what it shows outside the changed part may be stale.
    /// </summary>
    public bool NeedsWholeFrame => !PresentsParts || _exposed || FramebufferSize != _presentedSize;

    /// <summary>The X11 window id, for tools that read what the window shows (0 when GLFW does not run on X11).</summary>
    public nint X11Window
    {
        get
        {
            try
            {
                return Glfw.GetX11Window(_window);
            }
            catch (EntryPointNotFoundException)
            {
                return 0;
            }
        }
    }

    /// <summary>Shows the whole frame.</summary>
    public void SwapBuffers()
    {
        var (width, height) = FramebufferSize;
        Present(0, 0, width, height);
    }

    /// <summary>
    /// Shows the frame just drawn, of which only the rectangle at (<paramref name="x"/>, <paramref name="y"/>) (framebuffer pixels,
    /// origin top-left) changed since the frame shown before. With <see cref="PresentsParts"/> only that rectangle is copied to
    /// the window, or all of it when <see cref="NeedsWholeFrame"/>; otherwise the buffers are swapped.
    /// </summary>
    public void Present(int x, int y, int width, int height)
    {
        if (!PresentsParts)
        {
            Glfw.SwapBuffers(_window);
            return;
        }

        var size = FramebufferSize;
        if (size != _presentedSize)
        {
            // Resized: a real swap makes the GL library take up the new size (a copy does not), but the frame just drawn may
            // still be the old size, so another is asked for (an event), to be drawn and shown whole.
            Glfw.SwapBuffers(_window);
            _presentedSize = size;
            _exposed = true;
            EventCount++;
            return;
        }

        if (_exposed)
        {
            (x, y, width, height) = (0, 0, size.Width, size.Height);
            _exposed = false;
        }

        var x0 = Math.Clamp(x, 0, size.Width);
        var y0 = Math.Clamp(y, 0, size.Height);
        var x1 = Math.Clamp(x + width, x0, size.Width);
        var y1 = Math.Clamp(y + height, y0, size.Height);
        if (x1 > x0 && y1 > y0)
        {
            // GLX counts rows from the bottom.
            _copySubBuffer(_x11Display, _glxDrawable, x0, size.Height - y1, x1 - x0, y1 - y0);
        }
    }

    /// <summary>glXCopySubBufferMESA, and the display and drawable to call it with, when the context is GLX on a CPU rasteriser and has the extension; otherwise null.</summary>
    private static delegate* unmanaged[Cdecl]<nint, nint, int, int, int, int, void> CopySubBufferFunction(GL gl, nint window,
        out nint display, out nint drawable)
    {
        (display, drawable) = (0, 0);
        var renderer = gl.GetStringS(StringName.Renderer) ?? "";
        var cpu = renderer.Contains("llvmpipe", StringComparison.OrdinalIgnoreCase)
            || renderer.Contains("softpipe", StringComparison.OrdinalIgnoreCase)
            || renderer.Contains("swrast", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (!cpu || Glfw.ExtensionSupported("GLX_MESA_copy_sub_buffer") == 0)
            {
                return null;
            }

            (display, drawable) = (Glfw.GetX11Display(), Glfw.GetGLXWindow(window));
            if (display == 0 || drawable == 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // A GLFW built without X11 (Wayland only): whole frames, swapped.
            return null;
        }

        return (delegate* unmanaged[Cdecl]<nint, nint, int, int, int, int, void>)Glfw.GetProcAddress("glXCopySubBufferMESA");
    }
}
