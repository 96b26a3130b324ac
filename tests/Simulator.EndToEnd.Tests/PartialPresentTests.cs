using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

/// <summary>
/// On a CPU rasteriser the window shows only what changed: while the view moves, the side panel and tray are neither drawn nor
/// copied again, and the screen still shows the whole, right frame.
/// </summary>
[Collection("gl")]
public class PartialPresentTests
{
    [Fact]
    public void While_the_view_moves_only_the_view_is_drawn_and_the_screen_still_shows_the_whole_frame()
    {
        using var xvfb = XvfbServer.Start();
        using var window = Open();
        var glfw = window.Window;
        Assert.Contains("llvmpipe", glfw.Gl.GetStringS(Silk.NET.OpenGL.StringName.Renderer));
        Assert.True(glfw.PresentsParts, "llvmpipe under Xvfb has GLX_MESA_copy_sub_buffer");

        // The first frames are drawn and shown whole (a new window: its size taken up, then everything copied).
        for (var i = 0; i < 2; i++)
        {
            window.DrawFrame();
            Assert.True(window.DrewPanel);
            window.Present();
        }

        // The view moves: only the view (and what floats over it) is drawn and shown.
        for (var i = 0; i < 3; i++)
        {
            window.Camera.Orbit(0.3f, 0.1f);
            window.DrawFrame();
            Assert.False(window.DrewPanel);
            window.Present();
        }

        var (width, height) = glfw.FramebufferSize;
        var shown = ScreenPixels.ReadRgb(glfw.X11Window, width, height);
        var whole = window.ReadFrame();
        Assert.True(window.DrewPanel, "reading the frame draws it whole");
        var (different, worst) = Compare(shown, whole, width, height);
        Assert.True(different < width * height / 1000, $"{different} of {width * height} pixels on screen differ from the whole frame (worst by {worst})");
    }

    [Fact]
    public void A_change_to_the_hud_or_an_uncovered_window_draws_the_whole_frame_again()
    {
        using var xvfb = XvfbServer.Start();
        using var window = Open();
        for (var i = 0; i < 2; i++)
        {
            window.DrawFrame();
            window.Present();
        }

        window.DrawFrame();
        Assert.False(window.DrewPanel);
        window.Present();

        // A shot changes the HUD (the shot count, the image's caption): the panel is painted and drawn again.
        window.Shoot();
        window.DrawFrame();
        Assert.True(window.DrewPanel);
        window.Present();
        window.DrawFrame();
        Assert.False(window.DrewPanel);

        // Turned off, every frame is whole and swapped.
        window.Window.PresentsParts = false;
        window.DrawFrame();
        Assert.True(window.DrewPanel);
        window.Present();
        window.DrawFrame();
        Assert.True(window.DrewPanel);
    }

    private static TrainerWindow Open() => new(
        new Session(ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml")), Mode.Guided, AnatomyJudge.Shared),
        Pelvis.Build(), new TrainerSettings());

    private static (int Count, int Worst) Compare(byte[] rgb, byte[] rgba, int width, int height)
    {
        var (count, worst) = (0, 0);
        for (var p = 0; p < width * height; p++)
        {
            var d = 0;
            for (var c = 0; c < 3; c++)
            {
                d = Math.Max(d, Math.Abs(rgb[p * 3 + c] - rgba[p * 4 + c]));
            }

            worst = Math.Max(worst, d);
            count += d > 8 ? 1 : 0;
        }

        return (count, worst);
    }
}
