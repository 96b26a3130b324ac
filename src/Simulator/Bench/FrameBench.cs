using System.Diagnostics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Bench;

/// <summary>
/// The trainer's real window half-way through the minimally invasive scenario (implants placed, a pin in, a C-arm image
/// on screen, the HUD), for measuring what a frame costs on this machine: the full frame, the floor (the same meshes
/// flat-shaded, no HUD) and a 512² fluoro shot. On a machine with no display it opens a private Xvfb screen.
/// </summary>
public sealed class FrameBench : IDisposable
{
    /// <summary>The C-arm image's size, pixels square (as the trainer's <see cref="Rendering.Scene.FluoroRenderer"/>).</summary>
    public const int ShotSize = 512;

    private readonly XvfbServer? _display;
    private readonly TrainerWindow _window;
    private readonly RenderTexture _emptyThickness;
    private readonly RenderTexture _emptyImage;

    private FrameBench(XvfbServer? display, TrainerWindow window)
    {
        _display = display;
        _window = window;
        _emptyThickness = new RenderTexture(window.Window.Gl, ShotSize, ShotSize, floatingPoint: true);
        _emptyImage = new RenderTexture(window.Window.Gl, ShotSize, ShotSize, floatingPoint: false);
    }

    /// <summary>The GL renderer measured (e.g. "llvmpipe (LLVM 15.0.6, 256 bits)").</summary>
    public string Renderer => _window.Window.Gl.GetStringS(Silk.NET.OpenGL.StringName.Renderer) ?? "unknown";

    public (int Width, int Height) Size => _window.Window.FramebufferSize;

    /// <summary>Opens the window at <paramref name="width"/> × <paramref name="height"/> and plays the first part of the model attempt.</summary>
    /// <exception cref="DisplayUnavailableException">No display and no Xvfb, or no OpenGL 3.3.</exception>
    public static FrameBench Open(int width = 1280, int height = 720)
    {
        XvfbServer? display = null;
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) && File.Exists("/usr/bin/Xvfb"))
        {
            display = XvfbServer.Start($"{width + 64}x{height + 64}");
        }

        GlfwWindow? glfw = null;
        try
        {
            var scenario = ScenarioLocator.Load(Path.Combine(ScenarioLocator.ScenariosDirectory(), "si-joint-fusion-mis.yaml"));
            var pelvis = Pelvis.Build();
            glfw = GlfwWindow.Open("SI-joint fusion trainer — benchmark", width, height);
            var window = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), pelvis, new TrainerSettings(), glfw);
            glfw = null;
            var events = ReferenceAttempt.Events(scenario, pelvis);
            foreach (var e in events.Take(events.Count * 3 / 5))
            {
                window.Table.Submit(e);
            }

            window.PresetCArm(Rendering.Scene.CameraView.Lateral);
            window.Shoot();
            window.SetView(Rendering.Scene.CameraView.Surgeon);
            // Shown as the trainer shows its first frames (a new window's first is swapped, the next copied whole): the side
            // panel is then on screen, as while the resident works.
            var shown = 0;
            do
            {
                window.DrawFrame();
                window.Present();
            }
            while (window.Window.NeedsWholeFrame && ++shown < 3);
            try
            {
                return new FrameBench(display, window);
            }
            catch
            {
                window.Dispose();
                throw;
            }
        }
        catch
        {
            glfw?.Dispose();
            display?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Draws a frame as the trainer does while the resident works the view (lit scene, soft tissue, instruments, C-arm image and
    /// the HUD; the side panel only if the window cannot keep showing it, see <see cref="PresentsParts"/>) and waits for it.
    /// </summary>
    public void DrawFull()
    {
        _window.DrawFrame();
        _window.Window.Gl.Finish();
    }

    /// <summary>Draws the whole frame, side panel included, as after every change to the HUD, and waits for it.</summary>
    public void DrawWhole()
    {
        _window.DrawFrame(whole: true);
        _window.Window.Gl.Finish();
    }

    /// <summary>Whether the window shows only the part of a frame that changed, so <see cref="DrawFull"/> leaves out the side panel.</summary>
    public bool PresentsParts => _window.Window.PresentsParts;

    /// <summary>Whether the last frame drawn drew the side panel and tray (see <see cref="TrainerWindow.DrewPanel"/>).</summary>
    public bool DrewPanel => _window.DrewPanel;

    /// <summary>Draws the same meshes flat-shaded, without the HUD or the C-arm image, and waits for it.</summary>
    public void DrawFloor()
    {
        _window.DrawFloor();
        _window.Window.Gl.Finish();
    }

    /// <summary>Takes one 512² C-arm shot (density pass and image) and waits for it.</summary>
    public void ShootFluoro()
    {
        _window.Shoot();
        _window.Window.Gl.Finish();
    }

    /// <summary>
    /// An empty shot, the fluoro measure's baseline: the shot's two 512² targets (the float thickness and the image) cleared and
    /// waited for, with no geometry — what any shot costs before it draws anything.
    /// </summary>
    public void ClearShotTargets()
    {
        var gl = _window.Window.Gl;
        gl.ClearColor(0, 0, 0, 0);
        _emptyThickness.Bind();
        gl.Clear(Silk.NET.OpenGL.ClearBufferMask.ColorBufferBit);
        _emptyImage.Bind();
        gl.Clear(Silk.NET.OpenGL.ClearBufferMask.ColorBufferBit);
        gl.Finish();
    }

    /// <summary>Median milliseconds of <paramref name="count"/> calls of <paramref name="draw"/>, after a few to warm up.</summary>
    public static double MedianMs(Action draw, int count)
    {
        for (var i = 0; i < 3; i++)
        {
            draw();
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            draw();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Median(times);
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two when their count is even).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public void Dispose()
    {
        _emptyThickness.Dispose();
        _emptyImage.Dispose();
        _window.Dispose();
        _display?.Dispose();
    }
}
