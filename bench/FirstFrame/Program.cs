// The start-up benchmark's baseline: the least a .NET program can do to put a first frame in a window — open a GLFW
// window with an OpenGL 3.3 context (Simulator.Rendering's GlfwWindow, as the trainer does), poll once, clear, swap, exit.
// Usage: first-frame [WIDTH HEIGHT] (default 1280 800, the trainer's default window). Exit 0, or 1 with the reason.
using Simulator.Rendering.Hosts;
using Silk.NET.OpenGL;

var width = args.Length >= 2 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1280;
var height = args.Length >= 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 800;
try
{
    using var window = GlfwWindow.Open("first frame", width, height);
    window.PollEvents();
    var (w, h) = window.FramebufferSize;
    window.Gl.Viewport(0, 0, (uint)w, (uint)h);
    window.Gl.ClearColor(0.07f, 0.08f, 0.1f, 1f);
    window.Gl.Clear(ClearBufferMask.ColorBufferBit | ClearBufferMask.DepthBufferBit);
    window.SwapBuffers();
    return 0;
}
catch (DisplayUnavailableException ex)
{
    Console.Error.WriteLine($"first-frame: {ex.Message}");
    return 1;
}
