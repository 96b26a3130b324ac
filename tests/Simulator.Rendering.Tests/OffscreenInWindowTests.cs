using Silk.NET.OpenGL;
using Simulator.Anatomy;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>Offscreen rendering in the window's own context: what a window session's final views are made with.</summary>
[Collection("gl")]
public class OffscreenInWindowTests
{
    [Fact]
    public void Renders_views_in_the_window_context_and_leaves_the_window_drawing_as_before()
    {
        using var xvfb = XvfbServer.Start();
        using var window = GlfwWindow.Open("offscreen in window", 320, 240);
        var pelvis = Pelvis.Build();
        using var renderer = new SceneRenderer(window.Gl, ShaderFiles.Directory());
        _ = new PelvisScene(renderer, pelvis);
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Ap);
        var before = DrawWindow(window, renderer, camera);

        var offscreen = OffscreenRenderer.InContext(window.Gl, 200, 150, pelvis);
        byte[] view;
        byte[] fluoro;
        using (offscreen)
        {
            view = offscreen.Render(CameraView.Outlet);
            fluoro = offscreen.RenderFluoro(CameraView.Lateral, showPlan: true, 128, 128);
        }

        Assert.Equal(200 * 150 * 4, view.Length);
        Assert.Equal(128 * 128 * 4, fluoro.Length);
        var background = Enumerable.Range(0, view.Length).Select(i => view[i % 4]).ToArray();
        Assert.True(ImageCompare.Compare(background, view).Fraction > 0.1, "the offscreen view is blank");
        Assert.True(fluoro.Where((b, i) => i % 4 == 0 && b > 100).Count() > 128 * 128 / 20, "the C-arm image shows no bone");
        Assert.Throws<ObjectDisposedException>(() => offscreen.Render(CameraView.Ap));

        var after = DrawWindow(window, renderer, camera);
        Assert.Equal(0, ImageCompare.Compare(before, after).Fraction);
    }

    private static byte[] DrawWindow(GlfwWindow window, SceneRenderer renderer, OrbitCamera camera)
    {
        var (width, height) = window.FramebufferSize;
        window.Gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        renderer.Render(camera, width, height);
        window.Gl.ReadBuffer(ReadBufferMode.Back);
        var pixels = Gl.PixelReadback.ReadRgba(window.Gl, width, height);
        window.SwapBuffers();
        return pixels;
    }
}
