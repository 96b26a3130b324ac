using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using Simulator.Rendering;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The desktop trainer: the 3D pelvis, the instrument tray, the HUD, and every step as an action in 3D.</summary>
/// <remarks>
/// Main thread only. Input goes to <see cref="TrainerControls"/>, which calls the <see cref="OperatingTable"/>
/// (which submits events and logs them as they happen) or moves the camera, and marks the HUD dirty; the
/// frame loop renders the scene (uniforms only), repaints the HUD texture only when dirty, and swaps with vsync.
/// </remarks>
public sealed partial class TrainerWindow : IInputHandler, IDisposable
{
    private readonly GlfwWindow _window;
    private readonly SceneRenderer _renderer;
    private readonly OverlayRenderer _overlay;
    private readonly PelvisScene _scene;
    private readonly HudCanvas _hud;
    private readonly OrbitCamera _camera = new();
    private readonly HudPainter _painter;
    private readonly FluoroRenderer _fluoro;
    private readonly CArmPanel _carmPanel = new();
    private bool _hudDirty = true;
    private CameraView _view = CameraView.Surgeon;
    private int _lastSecond = -1;

    /// <param name="session">The session the trainee operates in.</param>
    /// <param name="pelvis">The anatomy.</param>
    /// <param name="settings">Window size and text scale.</param>
    /// <param name="window">A window to take over (the start screen's), or null to open one; either way this class disposes it.</param>
    public TrainerWindow(Session session, Pelvis pelvis, TrainerSettings settings, GlfwWindow? window = null)
    {
        Settings = settings;
        var title = $"SI-joint fusion trainer — {session.Scenario.Title}";
        _window = window ?? GlfwWindow.Open(title,
            Math.Max(settings.WindowWidth, TrainerSettings.MinWidth), Math.Max(settings.WindowHeight, TrainerSettings.MinHeight),
            minWidth: TrainerSettings.MinWidth, minHeight: TrainerSettings.MinHeight);
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

        // An event is an action: the first one starts the clock (at 0) if nothing has yet.
        Table = new OperatingTable(session, pelvis, ClockSeconds);
        Table.Recorded += OnRecorded;
        Table.Recorded += ForwardRecorded;
        Table.Noted += ForwardNoted;
        Controls = new TrainerControls(this);
        _painter = new HudPainter(this);
        (_camera.InletTiltDeg, _camera.OutletTiltDeg) = (Table.InletTiltDeg, Table.OutletTiltDeg);
        _camera.SetView(_view);
        _window.Input = this;
    }

    /// <summary>The trainee's hands on the current session; replaced when the scenario file is reloaded (<see cref="Adopt"/>).</summary>
    public OperatingTable Table { get; private set; }

    /// <summary>Raised for each event of the current table (whichever it is after reloads): the launcher logs it.</summary>
    public event Action<EventVerdict>? Recorded;

    /// <summary>Raised for each note of the current table: the launcher logs it.</summary>
    public event Action<SessionNote>? Noted;

    /// <summary>Watches the scenario file for live reload, or null.</summary>
    public ScenarioReloader? Reloader { get; private set; }

    /// <summary>Seconds on the session clock; starts it (an action is being recorded).</summary>
    public double ClockSeconds()
    {
        Clock.Start();
        return Clock.Seconds;
    }

    /// <summary>Reloads the session's scenario whenever <paramref name="path"/> changes on disk (see <see cref="ScenarioReloader"/>).</summary>
    public void WatchScenario(string path, TextWriter output, TextWriter error) => Reloader = new ScenarioReloader(this, path, output, error);

    /// <summary>Takes over <paramref name="table"/> (a reloaded scenario's) in place of the current one; its later events are forwarded.</summary>
    internal void Adopt(OperatingTable table)
    {
        Table.Recorded -= OnRecorded;
        Table.Recorded -= ForwardRecorded;
        Table.Noted -= ForwardNoted;
        Table = table;
        table.Recorded += OnRecorded;
        table.Recorded += ForwardRecorded;
        table.Noted += ForwardNoted;
        _window.Title = $"SI-joint fusion trainer — {table.Session.Scenario.Title}";
        (_camera.InletTiltDeg, _camera.OutletTiltDeg) = (table.InletTiltDeg, table.OutletTiltDeg);
        StepScroll = null;
        UpdateAimPreview();
        _hudDirty = true;
    }

    private void ForwardRecorded(EventVerdict verdict) => Recorded?.Invoke(verdict);

    private void ForwardNoted(SessionNote note) => Noted?.Invoke(note);

    public Session Session => Table.Session;

    public TrainerSettings Settings { get; }

    public GlfwWindow Window => _window;

    public TrainerControls Controls { get; }

    /// <summary>The session clock; it starts at the first action.</summary>
    public SessionClock Clock { get; } = new();

    public TrainerScreen Screen { get; internal set; } = TrainerScreen.Operating;

    /// <summary>The key list (F1) is open.</summary>
    public bool ShowHelp { get; internal set; }

    /// <summary>The plan (corridors and danger structures) is shown; guided mode only.</summary>
    public bool Highlight { get; internal set; }

    internal bool SoftTissueVisible
    {
        get => _scene.SoftTissueVisible;
        set => _scene.SoftTissueVisible = value;
    }

    /// <summary>First row of the step list the trainee scrolled to, or null to follow the next step.</summary>
    public int? StepScroll { get; internal set; }

    /// <summary>First row of the step list as last painted (where scrolling starts from).</summary>
    internal int StepListFirstRow { get; set; }

    /// <summary>The HUD layout for the current framebuffer and text size.</summary>
    public HudLayout Layout
    {
        get
        {
            var (width, height) = _window.FramebufferSize;
            return HudLayout.For(width, height, _window.PixelRatio * Settings.TextScale, _window.PixelRatio);
        }
    }

    /// <summary>Every text the HUD drew in its last paint, with its box (the layout test checks them).</summary>
    public IReadOnlyList<HudTextRect> DrawnText => _painter.Drawn;

    /// <summary>The buttons and tray slots of the last paint (clicks are tested against them).</summary>
    public IReadOnlyList<HudButton> Buttons => _painter.Buttons;

    public CameraView View => _view;

    /// <summary>The 3D view's camera (tests project anatomy onto the screen with it).</summary>
    public OrbitCamera Camera => _camera;

    public double ElapsedSeconds => Clock.Seconds;

    /// <summary>The result once the session has ended (debrief screen), else null.</summary>
    public ScoreResult? Result { get; private set; }

    /// <summary>Paths of the files written at the end (shown on the debrief screen).</summary>
    public IReadOnlyList<string> ResultFiles { get; set; } = Array.Empty<string>();

    /// <summary>The final 3D and C-arm views, rendered once when the session ends (debrief screen and report), else null.</summary>
    public Reports.ReportViews? FinalImages { get; private set; }

    /// <summary>Called once when the trainee confirms the end (after <see cref="FinalImages"/> are rendered): writes the result files and returns their paths.</summary>
    public Func<ScoreResult, IReadOnlyList<string>>? OnFinished { get; set; }

    public int DebriefScroll { get; internal set; }

    public long Frames { get; private set; }

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

    /// <summary>HUD pixels per design unit (see <see cref="HudLayout.Scale"/>).</summary>
    public float Scale => Layout.Scale;

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

    /// <summary>Repaints the HUD before the next frame.</summary>
    internal void MarkDirty() => _hudDirty = true;

    /// <summary>Ends the session: scores it, writes the result files, shows the debrief.</summary>
    public void Finish()
    {
        if (Result is not null)
        {
            return;
        }

        Clock.Stop();
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
    public SkiaSharp.SKRect View3D => Layout.Stage;

    private void OnRecorded(EventVerdict verdict)
    {
        StepScroll = null;
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
    internal void UpdateAimPreview()
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

    /// <summary>Puts the selected instrument where it works: at the + or in the wound, or over the current pin — never on the plan.</summary>
    private void PlaceInstrument(ProcedureVisuals visuals)
    {
        var slot = visuals.Slots[Table.CurrentSlot];
        var hasPin = slot.Stage is > SlotStage.None and < SlotStage.PinRemoved;
        var axis = hasPin ? Vector3.Normalize(slot.TipMm - slot.EntryMm) : Vector3.UnitX;
        // Out of the patient on the operated side (the skin over the implants lies that way from the bone).
        var outward = Vector3.Normalize(Table.SkinPoint - Table.Planned(0).Entry);
        Vector3? wound = visuals.IncisionMade ? visuals.IncisionCentreMm : null;
        var cursor = Controls.Cursor;
        (Anatomy.InstrumentKind? kind, Vector3 tip, Vector3 handle) = Table.Tool switch
        {
            Tool.Scalpel when cursor is { Point: { } at, OnSkin: true } => (Anatomy.InstrumentKind.Scalpel, at, outward),
            Tool.GuidePin when !hasPin && cursor is { Point: { } at, OnSkin: false } => (Anatomy.InstrumentKind.GuidePin, at, -Table.PinDirection),
            Tool.Dissector when wound is { } w => (Anatomy.InstrumentKind.BluntDissector, w, outward),
            Tool.Syringe when wound is { } w => (Anatomy.InstrumentKind.IrrigationSyringe, w, outward),
            Tool.Drill when hasPin => (Anatomy.InstrumentKind.CannulatedDrill, slot.EntryMm + axis * Table.DrillDepthMm, -axis),
            Tool.Broach when hasPin => (Anatomy.InstrumentKind.Broach, slot.EntryMm + axis * 50f, -axis),
            _ when HandGestures.Handles(Table.Tool) && cursor is { Point: { } at } && cursor.OnSkin == HandGestures.OnSkin(Table.Tool)
                => (HandInstrument(Table.Tool), at, Table.WindowPlan is { } plan && !cursor.OnSkin ? plan.Normal : outward),
            _ => ((Anatomy.InstrumentKind?)null, Vector3.Zero, Vector3.UnitX),
        };
        visuals.Instrument = kind;
        visuals.InstrumentTipMm = tip;
        visuals.InstrumentHandleDirection = handle;
    }

    private static Anatomy.InstrumentKind HandInstrument(Tool tool) => tool switch
    {
        Tool.Marker => Anatomy.InstrumentKind.SkinMarker,
        Tool.Bipolar => Anatomy.InstrumentKind.BipolarForceps,
        Tool.Osteotome => Anatomy.InstrumentKind.Osteotome,
        Tool.Curette => Anatomy.InstrumentKind.Curette,
        _ => Anatomy.InstrumentKind.BoneTamp,
    };

    /// <summary>The ray through a framebuffer pixel (HUD coordinates) into the 3D view.</summary>
    internal (Vector3 Origin, Vector3 Direction) MouseRay(Vector2 pixel)
    {
        var view = Layout.View;
        return _camera.RayThrough(pixel.X - view.Left, pixel.Y - view.Top, Math.Max(1, (int)view.Width), Math.Max(1, (int)view.Height));
    }

    public void OnMouseMove(double x, double y) => Controls.OnMouseMove(x, y);

    public void OnMouseButton(MouseButton button, bool pressed, int modifiers) => Controls.OnMouseButton(button, pressed, modifiers);

    public void OnScroll(double dx, double dy)
    {
        Controls.OnScroll(dx, dy);
        _hudDirty = true;
    }

    public void OnKey(int key, bool pressed, bool repeat, int modifiers) => Controls.OnKey(key, pressed, modifiers);

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
