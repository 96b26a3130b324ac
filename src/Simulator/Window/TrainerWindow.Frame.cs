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
            Present();
        }
    }

    /// <summary>
    /// Shows the frame just drawn: the whole window, or only the 3D view when <see cref="DrawFrame"/> left out the side panel
    /// because the window still shows it as last painted.
    /// </summary>
    public void Present()
    {
        var (width, height) = _window.FramebufferSize;
        if (DrewPanel)
        {
            _window.Present(0, 0, width, height);
            _panelOnScreen = _hudPaints;
        }
        else
        {
            var (left, top, right, bottom) = ViewPixels(width, height);
            _window.Present(left, top, right - left, bottom - top);
        }
    }

    /// <summary>
    /// Whether the last <see cref="DrawFrame"/> drew the side panel. It leaves it out when the window shows only what changed
    /// (<see cref="GlfwWindow.PresentsParts"/>) and already shows the panel as last painted: only the view and what lies over it
    /// are drawn, as while the camera is dragged.
    /// </summary>
    public bool DrewPanel { get; private set; } = true;

    /// <summary>The longest an idle window sleeps between checks (the clock's display and the scenario file's reload).</summary>
    public const double IdleWaitSeconds = 0.25;

    /// <summary>
    /// Draws a frame into the back buffer: the 3D view, the C-arm image and the HUD; the side panel too when
    /// <paramref name="whole"/>, or when the window does not already show it as last painted (see <see cref="DrewPanel"/>).
    /// </summary>
    public void DrawFrame(bool whole = false)
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
            _hudPaints++;
        }

        var gl = _window.Gl;
        gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var (left, top, right, bottom) = ViewPixels(width, height);
        _renderer.Render(_camera, left, height - bottom, Math.Max(1, right - left), Math.Max(1, bottom - top), width, height);
        if (LastShotView is not null && Screen != TrainerScreen.Debrief)
        {
            DrawShot(width, height);
        }

        // The side panel changes only when the HUD is painted: while the window shows it as last painted, only the part of the
        // HUD over the view is drawn (on a CPU rasteriser the panel is a third of a frame's pixels).
        DrewPanel = whole || _window.NeedsWholeFrame || _panelOnScreen != _hudPaints;
        if (!DrewPanel)
        {
            gl.Enable(Silk.NET.OpenGL.EnableCap.ScissorTest);
            gl.Scissor(left, height - bottom, (uint)(right - left), (uint)(bottom - top));
        }

        _overlay.DrawTiles(_hud.Texture, width, height);
        gl.Disable(Silk.NET.OpenGL.EnableCap.ScissorTest);
        Frames++;
    }

    /// <summary>
    /// Draws the last C-arm image into its panel: scaled to the panel's size once per shot or resize (the 512² image, filtered),
    /// then copied pixel for pixel every frame — what a CPU rasteriser does fastest. The image is opaque (see fluoro.frag).
    /// </summary>
    private void DrawShot(int width, int height)
    {
        var image = CArmPanelLayout.Image;
        var (x, y) = (MathF.Round(image.Left), MathF.Round(image.Top));
        var (w, h) = (Math.Max(1, (int)MathF.Round(image.Width)), Math.Max(1, (int)MathF.Round(image.Height)));
        if (_shotOnScreen is null || _shotOnScreen.Width != w || _shotOnScreen.Height != h)
        {
            _shotOnScreen?.Dispose();
            _shotOnScreen = new Rendering.Gl.RenderTexture(_window.Gl, w, h, floatingPoint: false, nearest: true);
            _shotOnScreenOf = -1;
        }

        if (_shotOnScreenOf != _shots)
        {
            _shotOnScreen.Bind();
            _overlay.Draw(_fluoro.Image, 0, 0, w, h, w, h, opaque: true);
            _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
            _shotOnScreenOf = _shots;
        }

        _overlay.Draw(_shotOnScreen, x, y, w, h, width, height, opaque: true);
    }

    /// <summary>The last C-arm image at its size in the panel, and the shot it shows.</summary>
    private Rendering.Gl.RenderTexture? _shotOnScreen;

    private long _shotOnScreenOf = -1;

    /// <summary>How many C-arm images were taken into the panel.</summary>
    private long _shots;

    /// <summary>The 3D view in whole framebuffer pixels (origin top-left), inside the framebuffer.</summary>
    private (int Left, int Top, int Right, int Bottom) ViewPixels(int width, int height)
    {
        var view = Layout.View;
        var left = Math.Clamp((int)view.Left, 0, width);
        var top = Math.Clamp((int)view.Top, 0, height);
        return (left, top, Math.Clamp((int)view.Right, left, width), Math.Clamp((int)view.Bottom, top, height));
    }

    /// <summary>How many times the HUD was painted.</summary>
    private long _hudPaints;

    /// <summary>The HUD paint whose side panel the window shows (-1: none yet).</summary>
    private long _panelOnScreen = -1;

    /// <summary>The benchmark's floor: the same meshes as <see cref="DrawFrame"/>, flat-shaded, with no HUD or C-arm image.</summary>
    public void DrawFloor()
    {
        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var (left, top, right, bottom) = ViewPixels(width, height);
        _renderer.Flat = true;
        _renderer.Render(_camera, left, height - bottom, Math.Max(1, right - left), Math.Max(1, bottom - top), width, height);
        _renderer.Flat = false;
    }

    /// <summary>Takes a C-arm image from the current pose into the panel, as a shot does (for the benchmark; no event is recorded).</summary>
    public void Shoot()
    {
        ShootFluoro();
        _hudDirty = true;
    }

    /// <summary>Reads the back buffer (after <see cref="DrawFrame"/>, before swapping) as RGBA, top row first: the whole frame (drawn again with the side panel if the last one left it out).</summary>
    public byte[] ReadFrame()
    {
        if (!DrewPanel)
        {
            DrawFrame(whole: true);
        }

        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        _window.Gl.ReadBuffer(Silk.NET.OpenGL.ReadBufferMode.Back);
        return Rendering.Gl.PixelReadback.ReadRgba(_window.Gl, width, height);
    }
}
