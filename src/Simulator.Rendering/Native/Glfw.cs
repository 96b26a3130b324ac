using System.Runtime.InteropServices;

namespace Simulator.Rendering.Native;

/// <summary>The GLFW 3 functions the desktop window needs, bound from the system <c>libglfw.so.3</c> (Debian <c>libglfw3</c>).</summary>
/// <remarks>The package mirror has no Silk.NET.Windowing/GLFW, so the dozen calls used are declared here.</remarks>
internal static unsafe partial class Glfw
{
    private const string Lib = "libglfw.so.3";

    public const int ContextVersionMajor = 0x00022002;
    public const int ContextVersionMinor = 0x00022003;
    public const int OpenGLProfile = 0x00022008;
    public const int OpenGLCoreProfile = 0x00032001;
    public const int OpenGLForwardCompat = 0x00022006;
    public const int Samples = 0x0002100D;
    public const int ScaleToMonitor = 0x0002200C;
    public const int Visible = 0x00020004;

    public const int Press = 1;
    public const int Release = 0;
    public const int Repeat = 2;

    [LibraryImport(Lib, EntryPoint = "glfwInit")]
    public static partial int Init();

    [LibraryImport(Lib, EntryPoint = "glfwTerminate")]
    public static partial void Terminate();

    [LibraryImport(Lib, EntryPoint = "glfwWindowHint")]
    public static partial void WindowHint(int hint, int value);

    [LibraryImport(Lib, EntryPoint = "glfwCreateWindow", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint CreateWindow(int width, int height, string title, nint monitor, nint share);

    [LibraryImport(Lib, EntryPoint = "glfwShowWindow")]
    public static partial void ShowWindow(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwDestroyWindow")]
    public static partial void DestroyWindow(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwMakeContextCurrent")]
    public static partial void MakeContextCurrent(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProcAddress(string name);

    /// <summary>Whether the current context or its context-creation API (GLX, EGL) has the named extension.</summary>
    [LibraryImport(Lib, EntryPoint = "glfwExtensionSupported", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ExtensionSupported(string extension);

    /// <summary>The X11 <c>Display*</c> GLFW uses (throws <see cref="EntryPointNotFoundException"/> from a GLFW built without X11).</summary>
    [LibraryImport(Lib, EntryPoint = "glfwGetX11Display")]
    public static partial nint GetX11Display();

    /// <summary>The window's X11 <c>Window</c> id.</summary>
    [LibraryImport(Lib, EntryPoint = "glfwGetX11Window")]
    public static partial nint GetX11Window(nint window);

    /// <summary>The window's <c>GLXWindow</c> drawable (0 when its context is not GLX).</summary>
    [LibraryImport(Lib, EntryPoint = "glfwGetGLXWindow")]
    public static partial nint GetGLXWindow(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwSwapInterval")]
    public static partial void SwapInterval(int interval);

    [LibraryImport(Lib, EntryPoint = "glfwSwapBuffers")]
    public static partial void SwapBuffers(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwPollEvents")]
    public static partial void PollEvents();

    [LibraryImport(Lib, EntryPoint = "glfwWaitEventsTimeout")]
    public static partial void WaitEventsTimeout(double timeout);

    [LibraryImport(Lib, EntryPoint = "glfwWindowShouldClose")]
    public static partial int WindowShouldClose(nint window);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowShouldClose")]
    public static partial void SetWindowShouldClose(nint window, int value);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowTitle", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetWindowTitle(nint window, string title);

    [LibraryImport(Lib, EntryPoint = "glfwGetFramebufferSize")]
    public static partial void GetFramebufferSize(nint window, out int width, out int height);

    /// <summary>GLFW_DONT_CARE: no limit for that bound of <see cref="SetWindowSizeLimits"/>.</summary>
    public const int DontCare = -1;

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowSizeLimits")]
    public static partial void SetWindowSizeLimits(nint window, int minWidth, int minHeight, int maxWidth, int maxHeight);

    [LibraryImport(Lib, EntryPoint = "glfwGetWindowSize")]
    public static partial void GetWindowSize(nint window, out int width, out int height);

    [LibraryImport(Lib, EntryPoint = "glfwGetWindowContentScale")]
    public static partial void GetWindowContentScale(nint window, out float x, out float y);

    [LibraryImport(Lib, EntryPoint = "glfwGetCursorPos")]
    public static partial void GetCursorPos(nint window, out double x, out double y);

    [LibraryImport(Lib, EntryPoint = "glfwGetTime")]
    public static partial double GetTime();

    [LibraryImport(Lib, EntryPoint = "glfwSetCursorPosCallback")]
    public static partial nint SetCursorPosCallback(nint window, delegate* unmanaged[Cdecl]<nint, double, double, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetMouseButtonCallback")]
    public static partial nint SetMouseButtonCallback(nint window, delegate* unmanaged[Cdecl]<nint, int, int, int, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetScrollCallback")]
    public static partial nint SetScrollCallback(nint window, delegate* unmanaged[Cdecl]<nint, double, double, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetKeyCallback")]
    public static partial nint SetKeyCallback(nint window, delegate* unmanaged[Cdecl]<nint, int, int, int, int, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowRefreshCallback")]
    public static partial nint SetWindowRefreshCallback(nint window, delegate* unmanaged[Cdecl]<nint, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetCharCallback")]
    public static partial nint SetCharCallback(nint window, delegate* unmanaged[Cdecl]<nint, uint, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetWindowSizeCallback")]
    public static partial nint SetWindowSizeCallback(nint window, delegate* unmanaged[Cdecl]<nint, int, int, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetFramebufferSizeCallback")]
    public static partial nint SetFramebufferSizeCallback(nint window, delegate* unmanaged[Cdecl]<nint, int, int, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwSetErrorCallback")]
    public static partial nint SetErrorCallback(delegate* unmanaged[Cdecl]<int, byte*, void> callback);

    [LibraryImport(Lib, EntryPoint = "glfwGetError")]
    public static partial int GetError(out byte* description);
}
