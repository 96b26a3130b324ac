using System.Runtime.InteropServices;

namespace Simulator.Rendering.Native;

/// <summary>The few EGL 1.5 entry points needed for a surfaceless (no X, no window) OpenGL context on Mesa.</summary>
internal static unsafe partial class Egl
{
    private const string Lib = "libEGL.so.1";

    public const int PlatformSurfacelessMesa = 0x31DD;
    public const int OpenGLApi = 0x30A2;
    public const int None = 0x3038;
    public const int RenderableType = 0x3040;
    public const int OpenGLBit = 0x0008;
    public const int SurfaceType = 0x3033;
    public const int PbufferBit = 0x0001;
    public const int ContextMajorVersion = 0x3098;
    public const int ContextMinorVersion = 0x30FB;
    public const int ContextOpenGLProfileMask = 0x30FD;
    public const int ContextOpenGLCoreProfileBit = 0x0001;
    public const int Success = 0x3000;

    [LibraryImport(Lib, EntryPoint = "eglGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProcAddress(string name);

    [LibraryImport(Lib, EntryPoint = "eglInitialize")]
    [return: MarshalAs(UnmanagedType.U4)]
    public static partial uint Initialize(nint display, out int major, out int minor);

    [LibraryImport(Lib, EntryPoint = "eglBindAPI")]
    public static partial uint BindApi(int api);

    [LibraryImport(Lib, EntryPoint = "eglChooseConfig")]
    public static partial uint ChooseConfig(nint display, int* attributes, nint* configs, int configSize, out int count);

    [LibraryImport(Lib, EntryPoint = "eglCreateContext")]
    public static partial nint CreateContext(nint display, nint config, nint shareContext, int* attributes);

    [LibraryImport(Lib, EntryPoint = "eglMakeCurrent")]
    public static partial uint MakeCurrent(nint display, nint draw, nint read, nint context);

    [LibraryImport(Lib, EntryPoint = "eglDestroyContext")]
    public static partial uint DestroyContext(nint display, nint context);

    [LibraryImport(Lib, EntryPoint = "eglTerminate")]
    public static partial uint Terminate(nint display);

    [LibraryImport(Lib, EntryPoint = "eglGetError")]
    public static partial int GetError();

    /// <summary><c>eglGetPlatformDisplayEXT</c>, looked up at run time because it is an extension.</summary>
    public static nint GetPlatformDisplay(int platform)
    {
        var fn = GetProcAddress("eglGetPlatformDisplayEXT");
        if (fn == 0)
        {
            return 0;
        }

        var attributes = stackalloc int[] { None };
        return ((delegate* unmanaged<int, nint, int*, nint>)fn)(platform, 0, attributes);
    }
}
