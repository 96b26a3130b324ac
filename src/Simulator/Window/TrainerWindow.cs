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
    public SkiaSharp.SKRect View3D => Layout.View;

    public void Dispose()
    {
        _shotOnScreen?.Dispose();
        _hud.Dispose();
        _painter.Dispose();
        _fluoro.Dispose();
        _overlay.Dispose();
        _renderer.Dispose();
        _window.Dispose();
    }
}
