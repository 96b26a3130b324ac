using System.Numerics;
using SkiaSharp;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The desktop trainer window: the 3D pelvis with an orbit camera, preset views and the step panel.</summary>
/// <remarks>
/// Main thread only. Input changes camera or state and marks the HUD dirty; the frame loop renders the
/// scene (uniforms only), redraws the HUD texture only when dirty, and swaps with vsync.
/// </remarks>
public sealed class TrainerWindow : IInputHandler, IDisposable
{
    private const float PanelWidth = 380;
    private readonly GlfwWindow _window;
    private readonly SceneRenderer _renderer;
    private readonly OverlayRenderer _overlay;
    private readonly PelvisScene _scene;
    private readonly HudCanvas _hud;
    private readonly HudFonts _fonts;
    private readonly OrbitCamera _camera = new();
    private readonly ProcedureVisuals _visuals = new();
    private readonly Scenario _scenario;
    private readonly Session _session;
    private readonly VisualsBuilder _visualsBuilder;
    private bool _hudDirty = true;
    private bool _dragging;
    private bool _panning;
    private double _lastX;
    private double _lastY;
    private CameraView _view = CameraView.Surgeon;

    public TrainerWindow(Scenario scenario, Session session, Pelvis pelvis, int width = 1280, int height = 800)
    {
        _scenario = scenario;
        _session = session;
        _window = GlfwWindow.Open($"SI-joint fusion trainer — {scenario.Title}", width, height);
        try
        {
            var shaders = ShaderFiles.Directory();
            _renderer = new SceneRenderer(_window.Gl, shaders);
            _overlay = new OverlayRenderer(_window.Gl, shaders);
            _scene = new PelvisScene(_renderer, pelvis);
            var (fw, fh) = _window.FramebufferSize;
            _hud = new HudCanvas(_window.Gl, fw, fh);
            _fonts = new HudFonts(_window.PixelRatio);
        }
        catch
        {
            _window.Dispose();
            throw;
        }

        _visualsBuilder = new VisualsBuilder(scenario, pelvis);
        _camera.SetView(_view);
        _window.Input = this;
    }

    public GlfwWindow Window => _window;

    public OrbitCamera Camera => _camera;

    /// <summary>Frames drawn so far (tests wait on it).</summary>
    public long Frames { get; private set; }

    /// <summary>Runs until the window is closed or <paramref name="shouldStop"/> says so; <paramref name="onFrame"/> runs before each frame.</summary>
    public void Run(Func<bool>? shouldStop = null, Action? onFrame = null)
    {
        while (!_window.ShouldClose && shouldStop?.Invoke() != true)
        {
            _window.PollEvents();
            onFrame?.Invoke();
            DrawFrame();
            _window.SwapBuffers();
        }
    }

    public void DrawFrame()
    {
        var (width, height) = _window.FramebufferSize;
        if (width == 0 || height == 0)
        {
            return;
        }

        if (_hud.Width != width || _hud.Height != height)
        {
            _hud.Resize(width, height);
            _hudDirty = true;
        }

        if (_hudDirty)
        {
            _hudDirty = false;
            _hud.Paint(PaintHud);
        }

        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var panel = (int)(PanelWidth * _fonts.Scale);
        _renderer.Render(_camera, panel, 0, Math.Max(1, width - panel), height, width, height);
        _overlay.Draw(_hud.Texture, 0, 0, width, height, width, height);
        Frames++;
    }

    /// <summary>Re-derives the scene from the session's performed events and repaints the HUD.</summary>
    public void Refresh()
    {
        _visualsBuilder.Build(_visuals, _session.Recorded.Where(r => r.Performed).Select(r => r.Event));
        _scene.Apply(_visuals);
        _hudDirty = true;
    }

    public void SetView(CameraView view)
    {
        _view = view;
        _camera.SetView(view);
        _hudDirty = true;
    }

    private void PaintHud(SKCanvas canvas)
    {
        var s = _fonts.Scale;
        using var panel = new SKPaint { Color = new SKColor(16, 20, 26, 215) };
        using var text = new SKPaint { Color = new SKColor(235, 238, 242), IsAntialias = true };
        using var dim = new SKPaint { Color = new SKColor(150, 158, 170), IsAntialias = true };
        using var accent = new SKPaint { Color = new SKColor(90, 160, 255), IsAntialias = true };
        canvas.DrawRect(0, 0, PanelWidth * s, _hud.Height, panel);
        var y = 30 * s;
        canvas.DrawText(_scenario.Title, 16 * s, y, SKTextAlign.Left, _fonts.Heading, text);
        y += 26 * s;
        var progress = _session.Progress;
        canvas.DrawText($"Step {progress.Done} of {progress.Total} · phase {_session.Phase}", 16 * s, y, SKTextAlign.Left, _fonts.Small, dim);
        y += 28 * s;

        var next = _session.Expected?.Step;
        foreach (var step in _scenario.Steps)
        {
            var done = _session.Counts.GetValueOrDefault(step.Id);
            var mark = done >= step.ExpectedCount ? "✓" : step == next ? "▶" : "·";
            var paint = step == next ? accent : done >= step.ExpectedCount ? dim : text;
            var count = step.ExpectedCount > 1 ? $"  {done}/{step.ExpectedCount}" : "";
            canvas.DrawText($"{mark}  {step.Name}{count}", 16 * s, y, SKTextAlign.Left, _fonts.Body, paint);
            y += 21 * s;
            if (y > _hud.Height - 60 * s)
            {
                break;
            }
        }

        canvas.DrawText($"View: {_view.ToString().ToLowerInvariant()}   ·   drag: rotate   right-drag: pan   wheel: zoom   L/A/I/O/S: views",
            (PanelWidth + 16) * s, _hud.Height - 16 * s, SKTextAlign.Left, _fonts.Small, dim);
    }

    public void OnMouseMove(double x, double y)
    {
        var dx = x - _lastX;
        var dy = y - _lastY;
        _lastX = x;
        _lastY = y;
        if (_dragging)
        {
            _camera.Orbit((float)(dx * 0.008), (float)(dy * 0.008));
        }
        else if (_panning)
        {
            var (_, h) = _window.WindowSize;
            _camera.Pan((float)(dx / Math.Max(1, h)), (float)(dy / Math.Max(1, h)));
        }
    }

    public void OnMouseButton(MouseButton button, bool pressed, int modifiers)
    {
        if (button == MouseButton.Left)
        {
            _dragging = pressed;
        }
        else
        {
            _panning = pressed;
        }
    }

    public void OnScroll(double dx, double dy) => _camera.Zoom(MathF.Pow(0.9f, (float)dy));

    public void OnKey(int key, bool pressed, bool repeat, int modifiers)
    {
        if (!pressed)
        {
            return;
        }

        switch (key)
        {
            case 'L': SetView(CameraView.Lateral); break;
            case 'A': SetView(CameraView.Ap); break;
            case 'I': SetView(CameraView.Inlet); break;
            case 'O': SetView(CameraView.Outlet); break;
            case 'S': SetView(CameraView.Surgeon); break;
            case Keys.Left: _camera.Orbit(-0.05f, 0); break;
            case Keys.Right: _camera.Orbit(0.05f, 0); break;
            case Keys.Up: _camera.Orbit(0, -0.05f); break;
            case Keys.Down: _camera.Orbit(0, 0.05f); break;
            case Keys.Equal or Keys.KeypadAdd: _camera.Zoom(0.9f); break;
            case Keys.Minus or Keys.KeypadSubtract: _camera.Zoom(1.1f); break;
            case Keys.Escape: _window.ShouldClose = true; break;
        }
    }

    public void Dispose()
    {
        _hud.Dispose();
        _fonts.Dispose();
        _overlay.Dispose();
        _renderer.Dispose();
        _window.Dispose();
    }
}
