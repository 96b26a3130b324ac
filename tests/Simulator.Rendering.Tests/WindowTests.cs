using Silk.NET.OpenGL;
using Simulator.Anatomy;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>Opens the real GLFW window on a private Xvfb display and reads back a rendered frame.</summary>
[Collection("gl")]
public class WindowTests
{
    [Fact]
    public void The_desktop_window_opens_under_xvfb_and_shows_the_pelvis()
    {
        using var xvfb = XvfbServer.Start();
        using var window = GlfwWindow.Open("window test", 640, 480);
        using var renderer = new SceneRenderer(window.Gl, ShaderFiles.Directory());
        var scene = new PelvisScene(renderer, Pelvis.Build());
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Ap);
        var (width, height) = window.FramebufferSize;
        Assert.Equal((640, 480), (width, height));

        window.PollEvents();
        window.Gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        renderer.Render(camera, width, height);
        window.Gl.ReadBuffer(ReadBufferMode.Back);
        var pixels = Gl.PixelReadback.ReadRgba(window.Gl, width, height);

        window.SwapBuffers();
        var bone = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            bone += pixels[i] > 150 && pixels[i] >= pixels[i + 2] ? 1 : 0;
        }

        Assert.True(bone > width * height / 25, $"only {bone} bone-coloured pixels in the window frame");
        Assert.NotNull(scene.Renderer.Find("sacrum"));
    }

    [Fact]
    public void Without_a_display_the_window_reports_it_in_one_line()
    {
        if (Environment.GetEnvironmentVariable("DISPLAY") is { Length: > 0 })
        {
            return; // a developer's desktop session: the window would open
        }

        var error = Assert.Throws<DisplayUnavailableException>(() => GlfwWindow.Open("no display", 320, 200));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("display", error.Message);
    }
}
