using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Silk.NET.OpenGL;
using Simulator.Rendering.Native;

namespace Simulator.Rendering.Hosts;

/// <summary>The desktop window: GLFW (system libglfw.so.3) with an OpenGL 3.3 core context, vsync and input callbacks.</summary>
/// <remarks>
/// One window per process (GLFW callbacks are static and route to <see cref="_current"/>). Create,
/// run and dispose it on the main thread; all GL calls happen there.
/// </remarks>
public sealed unsafe partial class GlfwWindow : IDisposable
{
    private static GlfwWindow? _current;
    private readonly nint _window;
    private bool _disposed;

    private GlfwWindow(nint window, GL gl)
    {
        _window = window;
        Gl = gl;
        _copySubBuffer = CopySubBufferFunction(gl, window, out _x11Display, out _glxDrawable);
    }

    public GL Gl { get; }

    public IInputHandler? Input { get; set; }

    /// <summary>Opens the window or throws <see cref="DisplayUnavailableException"/> with a one-line reason.</summary>
    /// <remarks><c>minWidth</c> × <c>minHeight</c> (screen coordinates; 0: no limit) is the smallest size the user can resize it to.</remarks>
    public static GlfwWindow Open(string title, int width, int height, bool visible = true, int minWidth = 0, int minHeight = 0)
    {
        if (_current is not null)
        {
            throw new InvalidOperationException("only one window per process");
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            throw new DisplayUnavailableException("no display (DISPLAY and WAYLAND_DISPLAY are not set)");
        }

        try
        {
            Glfw.SetErrorCallback(&OnError);
            if (Glfw.Init() == 0)
            {
                throw new DisplayUnavailableException($"cannot open the display: {LastError()}");
            }
        }
        catch (DllNotFoundException)
        {
            throw new DisplayUnavailableException("the window needs libglfw.so.3 (Debian: apt install libglfw3, or run: bash .ci/setup-deps)");
        }

        Glfw.WindowHint(Glfw.ContextVersionMajor, 3);
        Glfw.WindowHint(Glfw.ContextVersionMinor, 3);
        Glfw.WindowHint(Glfw.OpenGLProfile, Glfw.OpenGLCoreProfile);
        Glfw.WindowHint(Glfw.OpenGLForwardCompat, 1);
        Glfw.WindowHint(Glfw.ScaleToMonitor, 1);
        Glfw.WindowHint(Glfw.Visible, visible ? 1 : 0);
        var window = Glfw.CreateWindow(width, height, title, 0, 0);
        if (window == 0)
        {
            var reason = LastError();
            Glfw.Terminate();
            throw new DisplayUnavailableException($"cannot create an OpenGL 3.3 window: {reason}");
        }

        if (minWidth > 0 || minHeight > 0)
        {
            Glfw.SetWindowSizeLimits(window, minWidth > 0 ? minWidth : Glfw.DontCare, minHeight > 0 ? minHeight : Glfw.DontCare,
                Glfw.DontCare, Glfw.DontCare);
        }

        Glfw.MakeContextCurrent(window);
        Glfw.SwapInterval(1);
        var gl = GL.GetApi(name => Glfw.GetProcAddress(name));
        var result = new GlfwWindow(window, gl);
        _current = result;
        Glfw.SetCursorPosCallback(window, &OnCursor);
        Glfw.SetMouseButtonCallback(window, &OnButton);
        Glfw.SetScrollCallback(window, &OnScroll);
        Glfw.SetKeyCallback(window, &OnKey);
        Glfw.SetCharCallback(window, &OnChar);
        Glfw.SetWindowRefreshCallback(window, &OnRefresh);
        Glfw.GetFramebufferSize(window, out var fw, out var fh);
        Glfw.GetWindowSize(window, out var ww, out var wh);
        (result.FramebufferSize, result.WindowSize) = ((fw, fh), (ww, wh));
        Glfw.SetFramebufferSizeCallback(window, &OnFramebufferSize);
        Glfw.SetWindowSizeCallback(window, &OnWindowSize);
        return result;
    }

    public bool ShouldClose
    {
        get => Glfw.WindowShouldClose(_window) != 0;
        set => Glfw.SetWindowShouldClose(_window, value ? 1 : 0);
    }

    /// <summary>Framebuffer size in pixels (differs from the window size on high-DPI screens).</summary>
    /// <remarks>Kept from GLFW's size callbacks, so reading it per frame costs no round trip to the display server.</remarks>
    public (int Width, int Height) FramebufferSize { get; private set; }

    /// <summary>Window size in screen coordinates.</summary>
    public (int Width, int Height) WindowSize { get; private set; }

    /// <summary>Ratio of framebuffer pixels to window coordinates (1 on ordinary screens, 2 on most high-DPI ones).</summary>
    public float PixelRatio
    {
        get
        {
            var (fw, _) = FramebufferSize;
            var (ww, _) = WindowSize;
            return ww == 0 ? 1f : (float)fw / ww;
        }
    }

    public static double TimeSeconds => Glfw.GetTime();

    public string Title
    {
        set => Glfw.SetWindowTitle(_window, value);
    }

    /// <summary>Shows a window opened with <c>visible: false</c> (nothing if it shows already).</summary>
    public void Show() => Glfw.ShowWindow(_window);

    /// <summary>Processes pending input; an exception thrown by the input handler is rethrown here, on the managed side.</summary>
    public void PollEvents()
    {
        Glfw.PollEvents();
        if (_pending is { } error)
        {
            _pending = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
    }

    /// <summary>Waits up to <paramref name="timeoutSeconds"/> for input, then processes it (screens that change only on input idle here).</summary>
    public void WaitEvents(double timeoutSeconds)
    {
        Glfw.WaitEventsTimeout(timeoutSeconds);
        PollEvents();
    }

    private Exception? _pending;

    /// <summary>
    /// Counts input and expose events (mouse, keys, scroll, text, the window uncovered or resized): a loop that draws only
    /// when something changed compares it before and after <see cref="PollEvents"/>.
    /// </summary>
    public long EventCount { get; private set; }

    private static void Count()
    {
        if (_current is not null)
        {
            _current.EventCount++;
        }
    }

    // Exceptions must not cross the native GLFW frames, so callbacks park them for PollEvents.
    // (No lambdas here: a capturing closure per mouse move would allocate every frame while dragging.)
    private static IInputHandler? Handler
    {
        get
        {
            Count();
            return _current is { _pending: null } window ? window.Input : null;
        }
    }

    private static void Park(Exception ex)
    {
        if (_current is not null)
        {
            _current._pending = ex;
        }
    }

    /// <summary>Makes this window's context current again (after another context, e.g. a headless one, was used).</summary>
    public void MakeCurrent() => Glfw.MakeContextCurrent(_window);

    private static string LastError()
    {
        var code = Glfw.GetError(out var description);
        return code == 0 ? "unknown GLFW error" : Marshal.PtrToStringUTF8((nint)description) ?? $"GLFW error {code}";
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnError(int code, byte* description)
    {
        // Reported through LastError() where it matters; GLFW also calls this for harmless warnings.
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnRefresh(nint window)
    {
        if (_current is not null)
        {
            _current._exposed = true;
        }

        Count();
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnFramebufferSize(nint window, int width, int height)
    {
        if (_current is not null)
        {
            _current.FramebufferSize = (width, height);
        }

        Count();
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnWindowSize(nint window, int width, int height)
    {
        if (_current is not null)
        {
            _current.WindowSize = (width, height);
        }

        Count();
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnCursor(nint window, double x, double y)
    {
        try
        {
            Handler?.OnMouseMove(x, y);
        }
        catch (Exception ex)
        {
            Park(ex);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnButton(nint window, int button, int action, int mods)
    {
        try
        {
            Handler?.OnMouseButton((MouseButton)button, action == Glfw.Press, mods);
        }
        catch (Exception ex)
        {
            Park(ex);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnScroll(nint window, double dx, double dy)
    {
        try
        {
            Handler?.OnScroll(dx, dy);
        }
        catch (Exception ex)
        {
            Park(ex);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnKey(nint window, int key, int scancode, int action, int mods)
    {
        try
        {
            Handler?.OnKey(key, action != Glfw.Release, action == Glfw.Repeat, mods);
        }
        catch (Exception ex)
        {
            Park(ex);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    private static void OnChar(nint window, uint codepoint)
    {
        try
        {
            Handler?.OnChar(codepoint);
        }
        catch (Exception ex)
        {
            Park(ex);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Gl.Dispose();
        Glfw.DestroyWindow(_window);
        Glfw.Terminate();
        _current = null;
    }
}
