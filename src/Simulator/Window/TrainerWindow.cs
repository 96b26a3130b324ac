using System.Diagnostics;
using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Sessions;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using Simulator.Rendering;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The desktop trainer: the 3D pelvis, the instrument tray, the HUD, and every step as an action in 3D.</summary>
/// <remarks>
/// Main thread only. Input calls the <see cref="OperatingTable"/> (which submits events and logs them as
/// they happen) or moves the camera, and marks the HUD dirty; the frame loop renders the scene (uniforms
/// only), repaints the HUD texture only when dirty, and swaps with vsync.
/// </remarks>
public sealed class TrainerWindow : IInputHandler, IDisposable
{
    private readonly GlfwWindow _window;
    private readonly SceneRenderer _renderer;
    private readonly OverlayRenderer _overlay;
    private readonly PelvisScene _scene;
    private readonly HudCanvas _hud;
    private readonly OrbitCamera _camera = new();
    private readonly Stopwatch _clock = new();
    private readonly HudPainter _painter;
    private readonly FluoroRenderer _fluoro;
    private readonly CArmPanel _carmPanel = new();
    private bool _hudDirty = true;
    private bool _orbiting;
    private bool _panning;
    private bool _cutting;
    private Vector3? _cutStart;
    private double _mouseX;
    private double _mouseY;
    private CameraView _view = CameraView.Surgeon;
    private int _lastSecond = -1;

    /// <param name="window">A window to take over (the start screen's), or null to open one; either way this class disposes it.</param>
    public TrainerWindow(Session session, Pelvis pelvis, TrainerSettings settings, GlfwWindow? window = null)
    {
        Settings = settings;
        var title = $"SI-joint fusion trainer — {session.Scenario.Title}";
        _window = window ?? GlfwWindow.Open(title, settings.WindowWidth, settings.WindowHeight);
        try
        {
            _window.Title = title;
            var shaders = ShaderFiles.Directory();
            _renderer = new SceneRenderer(_window.Gl, shaders);
            _overlay = new OverlayRenderer(_window.Gl, shaders);
            _scene = new PelvisScene(_renderer, pelvis);
            _fluoro = new FluoroRenderer(_window.Gl, shaders, 512, 512);
            var (fw, fh) = _window.FramebufferSize;
            _hud = new HudCanvas(_window.Gl, fw, fh);
        }
        catch
        {
            _window.Dispose();
            throw;
        }

        Table = new OperatingTable(session, pelvis, () => _clock.Elapsed.TotalSeconds);
        Table.Recorded += OnRecorded;
        _painter = new HudPainter(this);
        (_camera.InletTiltDeg, _camera.OutletTiltDeg) = (Table.InletTiltDeg, Table.OutletTiltDeg);
        _camera.SetView(_view);
        _window.Input = this;
        _clock.Start();
    }

    public OperatingTable Table { get; }

    public Session Session => Table.Session;

    public TrainerSettings Settings { get; }

    public GlfwWindow Window => _window;

    public TrainerScreen Screen { get; private set; } = TrainerScreen.Operating;

    public bool ShowHelp { get; private set; }

    public bool Highlight { get; private set; }

    public CameraView View => _view;

    /// <summary>The 3D view's camera (tests project anatomy onto the screen with it).</summary>
    public OrbitCamera Camera => _camera;

    public double ElapsedSeconds => _clock.Elapsed.TotalSeconds;

    /// <summary>The result once the session has ended (debrief screen), else null.</summary>
    public ScoreResult? Result { get; private set; }

    /// <summary>Paths of the files written at the end (shown on the debrief screen).</summary>
    public IReadOnlyList<string> ResultFiles { get; set; } = Array.Empty<string>();

    /// <summary>The final 3D and C-arm views, rendered once when the session ends (debrief screen and report), else null.</summary>
    public Reports.ReportViews? FinalImages { get; private set; }

    /// <summary>Called once when the trainee confirms the end (after <see cref="FinalImages"/> are rendered): writes the result files and returns their paths.</summary>
    public Func<ScoreResult, IReadOnlyList<string>>? OnFinished { get; set; }

    public int DebriefScroll { get; private set; }

    public long Frames { get; private set; }

    public void Run(Func<bool>? shouldStop = null, Action? beforeFrame = null)
    {
        while (!_window.ShouldClose && shouldStop?.Invoke() != true)
        {
            _window.PollEvents();
            beforeFrame?.Invoke();
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

        var second = (int)_clock.Elapsed.TotalSeconds;
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
        }

        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        var panel = (int)(HudPainter.PanelWidth * Scale);
        _renderer.Render(_camera, panel, 0, Math.Max(1, width - panel), height, width, height);
        if (LastShotView is not null && Screen != TrainerScreen.Debrief)
        {
            var image = CArmPanelLayout.Image;
            _overlay.Draw(_fluoro.Image, image.Left, image.Top, image.Width, image.Height, width, height);
        }

        _overlay.Draw(_hud.Texture, 0, 0, width, height, width, height);
        Frames++;
    }

    /// <summary>Reads the back buffer (after <see cref="DrawFrame"/>, before swapping) as RGBA, top row first.</summary>
    public byte[] ReadFrame()
    {
        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        _window.Gl.ReadBuffer(Silk.NET.OpenGL.ReadBufferMode.Back);
        return Rendering.Gl.PixelReadback.ReadRgba(_window.Gl, width, height);
    }

    public float Scale => _window.PixelRatio * Settings.TextScale;

    /// <summary>Puts the 3D camera on a preset view; the C-arm does not follow (see <see cref="PresetCArm"/>).</summary>
    public void SetView(CameraView view)
    {
        _view = view;
        _camera.SetView(view);
        _hudDirty = true;
    }

    /// <summary>Brings the C-arm to a preset (near the view, not onto it); the 3D camera does not follow.</summary>
    public void PresetCArm(CameraView view)
    {
        Table.PresetCArm(view);
        _hudDirty = true;
    }

    /// <summary>Ends the session: scores it, writes the result files, shows the debrief.</summary>
    public void Finish()
    {
        if (Result is not null)
        {
            return;
        }

        _clock.Stop();
        Result = Session.Finish();
        // In this window's own context: next to the window, a second (headless EGL) context could not be created.
        FinalImages = Reports.FinalViews.ForReport(Session.Scenario, SessionResults.Performed(Result), Table.Pelvis, _window.Gl);
        ResultFiles = OnFinished?.Invoke(Result) ?? Array.Empty<string>();
        Screen = TrainerScreen.Debrief;
        _hudDirty = true;
    }

    /// <summary>The C-arm view of the last shot, or null before the first.</summary>
    public string? LastShotView { get; private set; }

    /// <summary>The C-arm panel: moved, resized and toggled to full view with the mouse (<c>F</c> toggles too).</summary>
    public CArmPanel CArmPanel => _carmPanel;

    /// <summary>Where the C-arm panel's parts sit now (framebuffer pixels, origin top-left).</summary>
    public CArmPanelLayout CArmPanelLayout => _carmPanel.Layout(View3D, Scale);

    /// <summary>The part of the window the 3D view shows through: right of the side panel, above the tray (framebuffer pixels).</summary>
    public SkiaSharp.SKRect View3D
    {
        get
        {
            var (width, height) = _window.FramebufferSize;
            return new SkiaSharp.SKRect(HudPainter.PanelWidth * Scale, 0, width, Math.Max(HudPainter.PanelWidth * Scale + 1, height - HudPainter.TrayHeight * Scale));
        }
    }

    private void OnRecorded(EventVerdict verdict)
    {
        UpdateAimPreview();
        var scenario = Session.Scenario;
        var imaging = scenario.FindStep(verdict.Event.Do)?.Action == StepActions.Imaging
            || scenario.FindDistractor(verdict.Event.Do)?.Action == StepActions.Imaging;
        if (imaging && verdict.Performed)
        {
            ShootFluoro();
        }

        _hudDirty = true;
    }

    /// <summary>Takes the C-arm image from the pose of the shot into the panel (once per shot; never per frame).</summary>
    private void ShootFluoro()
    {
        var pose = Table.LastShotPose ?? Table.CArm;
        _fluoro.Shoot(_renderer, pose.Camera());
        LastShotView = pose.NearestView(Table.InletTiltDeg, Table.OutletTiltDeg).ToString().ToLowerInvariant();
    }

    /// <summary>Shows the docked pin along the current aim, so aiming is visible before advancing.</summary>
    private void UpdateAimPreview()
    {
        var visuals = Table.Visuals;
        var slot = Table.CurrentSlot;
        if (visuals.Slots[slot].Stage == SlotStage.PinDocked && Table.PinEntry is { } entry)
        {
            visuals.Slots[slot].EntryMm = entry;
            visuals.Slots[slot].TipMm = entry + Table.PinDirection * Table.PinDepthMm;
        }

        visuals.ShowCorridors = visuals.ShowDangers = Highlight;
        PlaceInstrument(visuals);
        _scene.Apply(visuals);
    }

    /// <summary>Puts the selected instrument where it works: at the wound, or over the pin of the current implant.</summary>
    private void PlaceInstrument(ProcedureVisuals visuals)
    {
        var slot = visuals.Slots[Table.CurrentSlot];
        var (plannedEntry, plannedTip) = Table.Planned(Table.CurrentSlot);
        var entry = slot.Stage > SlotStage.None ? slot.EntryMm : plannedEntry;
        var axis = Vector3.Normalize((slot.Stage > SlotStage.None ? slot.TipMm : plannedTip) - entry);
        var outward = Vector3.Normalize(Table.SkinPoint - entry);
        (Anatomy.InstrumentKind? kind, Vector3 tip, Vector3 handle) = Table.Tool switch
        {
            Tool.Scalpel => (Anatomy.InstrumentKind.Scalpel, Table.SkinPoint, outward),
            Tool.Dissector => (Anatomy.InstrumentKind.BluntDissector, entry, -axis),
            Tool.Syringe => (Anatomy.InstrumentKind.IrrigationSyringe, Table.SkinPoint, outward),
            Tool.Drill => (Anatomy.InstrumentKind.CannulatedDrill, entry + axis * Table.DrillDepthMm, -axis),
            Tool.Broach => (Anatomy.InstrumentKind.Broach, entry + axis * 50f, -axis),
            _ => ((Anatomy.InstrumentKind?)null, Vector3.Zero, Vector3.UnitX),
        };
        visuals.Instrument = kind;
        visuals.InstrumentTipMm = tip;
        visuals.InstrumentHandleDirection = handle;
    }

    private (Vector3 Origin, Vector3 Direction) MouseRay()
    {
        var (fw, fh) = _window.FramebufferSize;
        var ratio = _window.PixelRatio;
        var panel = HudPainter.PanelWidth * Scale;
        var x = (float)(_mouseX * ratio) - panel;
        var y = (float)(_mouseY * ratio);
        return _camera.RayThrough(x, y, Math.Max(1, (int)(fw - panel)), fh);
    }

    public void OnMouseMove(double x, double y)
    {
        var dx = x - _mouseX;
        var dy = y - _mouseY;
        _mouseX = x;
        _mouseY = y;
        if (_carmPanel.Dragging != CArmPanelPart.None)
        {
            var ratio = _window.PixelRatio;
            Table.CArm = _carmPanel.Drag((float)(dx * ratio), (float)(dy * ratio), Table.CArm, View3D, Scale);
            _hudDirty = true;
        }
        else if (_orbiting)
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
        if (Screen != TrainerScreen.Operating)
        {
            return;
        }

        var panel = HudPainter.PanelWidth * Settings.TextScale;
        if (button == MouseButton.Left && pressed && _mouseX < panel)
        {
            return;
        }

        if (button == MouseButton.Left && !pressed && _carmPanel.Dragging != CArmPanelPart.None)
        {
            _carmPanel.Release();
            return;
        }

        var ratio = _window.PixelRatio;
        if (button == MouseButton.Left && pressed && _carmPanel.Press((float)(_mouseX * ratio), (float)(_mouseY * ratio), View3D, Scale))
        {
            _hudDirty = true;
            return;
        }

        if (button == MouseButton.Right || (button == MouseButton.Left && Table.Tool == Tool.Camera))
        {
            _orbiting = pressed;
            return;
        }

        if (button == MouseButton.Middle)
        {
            _panning = pressed;
            return;
        }

        if (HudPainter.TrayHit(this, _mouseX, _mouseY) is { } tool)
        {
            if (pressed)
            {
                SelectTool(tool);
            }

            return;
        }

        var (origin, direction) = MouseRay();
        switch (Table.Tool)
        {
            case Tool.Scalpel when pressed:
                _cutStart = Table.Pelvis.Pick(origin, direction, includeSoftTissue: true)?.Point;
                _cutting = _cutStart is not null;
                break;
            case Tool.Scalpel when _cutting:
                _cutting = false;
                var end = Table.Pelvis.Pick(origin, direction, includeSoftTissue: true)?.Point;
                if (_cutStart is { } start && end is { } stop && Vector3.Distance(start, stop) > 5f)
                {
                    Table.Incise(start, stop);
                }

                break;
            case Tool.GuidePin when pressed:
                if (Table.PinEntry is null || Table.Visuals.Slots[Table.CurrentSlot].Stage == SlotStage.None)
                {
                    if (Table.Pelvis.Pick(origin, direction) is { } hit)
                    {
                        Table.DockPin(hit.Point);
                    }
                }
                else
                {
                    Table.AdvancePin();
                }

                break;
            default:
                if (pressed)
                {
                    PerformPrimary();
                }

                break;
        }
    }

    public void OnScroll(double dx, double dy)
    {
        if (Screen == TrainerScreen.Debrief)
        {
            DebriefScroll = Math.Max(0, DebriefScroll - (int)dy);
            _hudDirty = true;
            return;
        }

        _camera.Zoom(MathF.Pow(0.9f, (float)dy));
    }

    public void OnKey(int key, bool pressed, bool repeat, int modifiers)
    {
        if (!pressed)
        {
            return;
        }

        _hudDirty = true;
        if (key == Keys.F1)
        {
            ShowHelp = !ShowHelp;
            return;
        }

        if ((modifiers & Keys.ModControl) != 0 && key is Keys.Equal or Keys.Minus or Keys.KeypadAdd or Keys.KeypadSubtract)
        {
            Settings.TextScale = Math.Clamp(Settings.TextScale + (key is Keys.Equal or Keys.KeypadAdd ? 0.1f : -0.1f), 0.8f, 2f);
            return;
        }

        switch (Screen)
        {
            case TrainerScreen.Paused:
                if (key is 'P' or Keys.Escape)
                {
                    Screen = TrainerScreen.Operating;
                    _clock.Start();
                }

                return;
            case TrainerScreen.ConfirmEnd:
                if (key is Keys.Enter or 'Y')
                {
                    Finish();
                }
                else if (key is Keys.Escape or 'N')
                {
                    Screen = TrainerScreen.Operating;
                }

                return;
            case TrainerScreen.Debrief:
                if (key is Keys.Escape or Keys.Enter or 'Q')
                {
                    _window.ShouldClose = true;
                }
                else if (key is Keys.Down or Keys.PageDown)
                {
                    DebriefScroll += key == Keys.Down ? 1 : 10;
                }
                else if (key is Keys.Up or Keys.PageUp)
                {
                    DebriefScroll = Math.Max(0, DebriefScroll - (key == Keys.Up ? 1 : 10));
                }

                return;
        }

        if (key >= Keys.D0 && key <= Keys.D9)
        {
            SelectTool((Tool)(key - Keys.D0));
            return;
        }

        var step = (modifiers & Keys.ModShift) != 0 ? 5 : 1;
        switch (key)
        {
            case Keys.Escape: Screen = TrainerScreen.ConfirmEnd; break;
            case 'P': Screen = TrainerScreen.Paused; _clock.Stop(); break;
            case Keys.Enter: PerformPrimary(); break;
            case Keys.Space: Table.TakeShot(); break;
            case 'C': Table.Confirm(); break;
            case 'R': Table.RemovePin(); break;
            case 'W': Table.Withdraw(); UpdateAimPreview(); break;
            case 'G': Table.Gauge(); break;
            case 'H' when Session.Mode == Core.Attempts.Mode.Guided: Highlight = !Highlight; UpdateAimPreview(); break;
            case 'T': _scene.SoftTissueVisible = !_scene.SoftTissueVisible; break;
            case 'L': PresetCArm(CameraView.Lateral); break;
            case 'A': PresetCArm(CameraView.Ap); break;
            case 'I': PresetCArm(CameraView.Inlet); break;
            case 'O': PresetCArm(CameraView.Outlet); break;
            case 'F': _carmPanel.FullView = !_carmPanel.FullView; break;
            case 'S': SetView(CameraView.Surgeon); break;
            case Keys.PageUp or Keys.Equal or Keys.KeypadAdd: Adjust(step); break;
            case Keys.PageDown or Keys.Minus or Keys.KeypadSubtract: Adjust(-step); break;
            case Keys.Left or Keys.Right or Keys.Up or Keys.Down: Arrow(key, step, modifiers); break;
        }
    }

    private void SelectTool(Tool tool)
    {
        Table.Tool = tool;
        UpdateAimPreview();
        _hudDirty = true;
    }

    /// <summary>The keyboard (and click) form of the current tool's action.</summary>
    private void PerformPrimary()
    {
        switch (Table.Tool)
        {
            case Tool.Scalpel: Table.InciseAtPlan(); break;
            case Tool.Dissector: Table.Dissect(); break;
            case Tool.GuidePin:
                if (Table.PinEntry is null || Table.Visuals.Slots[Table.CurrentSlot].Stage == SlotStage.None)
                {
                    Table.DockPin();
                }
                else
                {
                    Table.AdvancePin();
                }

                break;
            case Tool.CArm: Table.TakeShot(); break;
            case Tool.Drill: Table.Drill(); break;
            case Tool.Broach: Table.Broach(); break;
            case Tool.Implant when Session.Expected?.Step.Action == StepActions.DepthGauge: Table.Gauge(); break;
            case Tool.Implant: Table.PlaceImplant(); break;
            case Tool.Syringe: Table.Irrigate(); break;
            case Tool.Suture: Table.Close(); break;
            default: Table.Confirm(); break;
        }
    }

    private void Adjust(int step)
    {
        switch (Table.Tool)
        {
            case Tool.Scalpel: Table.IncisionLengthMm = Math.Clamp(Table.IncisionLengthMm + step, 10, 100); break;
            case Tool.GuidePin: Table.PinDepthMm = Math.Clamp(Table.PinDepthMm + step, 10, 120); UpdateAimPreview(); break;
            case Tool.Drill: Table.DrillDepthMm = Math.Clamp(Table.DrillDepthMm + step, 10, 120); UpdateAimPreview(); break;
            case Tool.Implant: Table.ImplantLengthMm = Math.Clamp(Table.ImplantLengthMm + 5 * Math.Sign(step), 30, 70); break;
            case Tool.CArm: Table.CArm = Table.CArm.Tilted(step); break;
            default: _camera.Zoom(step > 0 ? 0.9f : 1.1f); break;
        }
    }

    private void Arrow(int key, int step, int modifiers)
    {
        if (Table.Tool == Tool.CArm)
        {
            Table.CArm = CArmKeys.Move(Table.CArm, key, step, (modifiers & Keys.ModControl) != 0);
            return;
        }

        if (Table.Tool == Tool.GuidePin)
        {
            var delta = key switch
            {
                Keys.Left => new Vector2(-step, 0),
                Keys.Right => new Vector2(step, 0),
                Keys.Up => new Vector2(0, step),
                _ => new Vector2(0, -step),
            };
            Table.AimOffsetDeg += delta;
            UpdateAimPreview();
            return;
        }

        var angle = 0.05f * step;
        switch (key)
        {
            case Keys.Left: _camera.Orbit(-angle, 0); break;
            case Keys.Right: _camera.Orbit(angle, 0); break;
            case Keys.Up: _camera.Orbit(0, -angle); break;
            default: _camera.Orbit(0, angle); break;
        }
    }

    public void Dispose()
    {
        _hud.Dispose();
        _painter.Dispose();
        _fluoro.Dispose();
        _overlay.Dispose();
        _renderer.Dispose();
        _window.Dispose();
    }
}
