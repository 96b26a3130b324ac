using Simulator.Rendering;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>The frame: the loop that draws only when something changed, the scene, the C-arm image and the HUD's tiles, the benchmark's floor.</summary>
public sealed partial class TrainerWindow
{
    /// <summary>The HUD layout for the current framebuffer and text size.</summary>
    /// <remarks>Made again only when the size or text scale changes, so drawing a frame allocates nothing.</remarks>
    public HudLayout Layout
    {
        get
        {
            var (width, height) = _window.FramebufferSize;
            var ratio = _window.PixelRatio;
            var scale = ratio * Settings.TextScale;
            if (_layout is not { } layout || layout.Width != Math.Max(1, width) || layout.Height != Math.Max(1, height)
                || _layoutScale != scale || _layoutRatio != ratio)
            {
                (_layout, _layoutScale, _layoutRatio) = (HudLayout.For(width, height, scale, ratio), scale, ratio);
            }

            return _layout;
        }
    }

    private HudLayout? _layout;
    private float _layoutScale;
    private float _layoutRatio;

    /// <summary>
    /// Runs the frame loop until the window closes or <paramref name="shouldStop"/> says so. A frame is drawn only when something
    /// changed (input, a resize or expose, the HUD, the clock's second, a reload); otherwise the loop sleeps in
    /// <see cref="GlfwWindow.WaitEvents"/>, so an idle window costs next to no CPU. A driven session (<paramref name="beforeFrame"/>)
    /// draws every frame.
    /// </summary>
    public void Run(Func<bool>? shouldStop = null, Action? beforeFrame = null)
    {
        var drawnEvents = -1L;
        var drawnSize = (-1, -1);
        while (!_window.ShouldClose && shouldStop?.Invoke() != true)
        {
            _window.PollEvents();
            if (Reloader?.Poll(Rendering.Hosts.GlfwWindow.TimeSeconds) == true)
            {
                _hudDirty = true;
            }

            beforeFrame?.Invoke();
            var size = _window.FramebufferSize;
            if (beforeFrame is null && !_hudDirty && _window.EventCount == drawnEvents && size == drawnSize && (int)Clock.Seconds == _lastSecond)
            {
                // Nothing to show: sleep until input or, at the latest, the next tick of the clock or the reload check.
                _window.WaitEvents(IdleWaitSeconds);
                continue;
            }

            drawnEvents = _window.EventCount;
            drawnSize = size;
            DrawFrame();
            _window.SwapBuffers();
        }
    }

    /// <summary>The longest an idle window sleeps between checks (the clock's display and the scenario file's reload).</summary>
    public const double IdleWaitSeconds = 0.25;

    public void DrawFrame()
    {
        var (width, height) = _window.FramebufferSize;
        if (width == 0 || height == 0)
        {
            return;
        }

        var second = (int)Clock.Seconds;
        if (second != _lastSecond)
        {
            _lastSecond = second;
            _hudDirty = true;
        }

        if (_hud.Width != width || _hud.Height != height)
        {
            _hud.Resize(width, height);
            _hudDirty = true;
        }

        if (_hudDirty)
        {
            _hudDirty = false;
            _hud.Paint(_painter.Paint);
            _overlay.SetTiles(_hud.Coverage, _hud.Width, _hud.Height);
        }

        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var layout = Layout;
        var view = layout.View;
        _renderer.Render(_camera, (int)view.Left, 0, Math.Max(1, (int)view.Width), height, width, height);
        if (LastShotView is not null && Screen != TrainerScreen.Debrief)
        {
            var image = CArmPanelLayout.Image;
            _overlay.Draw(_fluoro.Image, image.Left, image.Top, image.Width, image.Height, width, height);
        }

        _overlay.DrawTiles(_hud.Texture, width, height);
        Frames++;
    }

    /// <summary>The benchmark's floor: the same meshes as <see cref="DrawFrame"/>, flat-shaded, with no HUD or C-arm image.</summary>
    public void DrawFloor()
    {
        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var view = Layout.View;
        _renderer.Flat = true;
        _renderer.Render(_camera, (int)view.Left, 0, Math.Max(1, (int)view.Width), height, width, height);
        _renderer.Flat = false;
    }

    /// <summary>Takes a C-arm image from the current pose into the panel, as a shot does (for the benchmark; no event is recorded).</summary>
    public void Shoot()
    {
        ShootFluoro();
        _hudDirty = true;
    }

    /// <summary>Reads the back buffer (after <see cref="DrawFrame"/>, before swapping) as RGBA, top row first.</summary>
    public byte[] ReadFrame()
    {
        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        _window.Gl.ReadBuffer(Silk.NET.OpenGL.ReadBufferMode.Back);
        return Rendering.Gl.PixelReadback.ReadRgba(_window.Gl, width, height);
    }
}
