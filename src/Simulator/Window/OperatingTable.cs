using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The trainee's hands: tool settings and the 3D interactions that become events with measurements.</summary>
/// <remarks>
/// No GL here: the window turns mouse and keys into calls on this class, and tests call it directly.
/// Every interaction resolves to a step or distractor id (<see cref="ActionResolver"/>), fills the
/// step's target measurements it can measure, submits the event to the session and reports it through
/// <see cref="Recorded"/> (the window logs it to disk there, as it happens).
/// </remarks>
public sealed partial class OperatingTable
{
    private readonly Func<double> _clock;
    private readonly VisualsBuilder _visualsBuilder;
    private readonly List<SessionNote> _notes = new();
    private readonly TrayHints _hints;

    public OperatingTable(Session session, Pelvis pelvis, Func<double> clockSeconds)
    {
        Session = session;
        Pelvis = pelvis;
        _clock = clockSeconds;
        _visualsBuilder = new VisualsBuilder(session.Scenario, pelvis);
        (InletTiltDeg, OutletTiltDeg) = CArmTilts.From(session.Scenario);
        CArm = CArmPose.Preset(CameraView.Lateral, InletTiltDeg, OutletTiltDeg);
        _visualsBuilder.Prepare(Visuals);
        Tray = Tray.For(session.Scenario);
        // Refusals and redo offers name the window's tools and keys.
        _hints = new TrayHints(Tray);
        session.Hints = _hints;
    }

    /// <summary>The instruments of this scenario, with their keys.</summary>
    public Tray Tray { get; }

    public Session Session { get; }

    public Pelvis Pelvis { get; }

    public ProcedureVisuals Visuals { get; } = new();

    public Tool Tool { get; set; } = Tool.Camera;

    /// <summary>Where the C-arm stands now (moved by keys and the panel's handles; independent of the 3D camera).</summary>
    public CArmPose CArm { get; set; }

    /// <summary>The pose of the last shot (the image in the panel), or null before the first.</summary>
    public CArmPose? LastShotPose { get; private set; }

    /// <summary>The C-arm view the next shot is taken as — the preset nearest the pose: lateral, ap, inlet or outlet.</summary>
    public string CArmView => CArm.NearestView(InletTiltDeg, OutletTiltDeg).ToString().ToLowerInvariant();

    /// <summary>The inlet tilt of the C-arm's preset (the scenario's target centre).</summary>
    public float InletTiltDeg { get; }

    /// <summary>The outlet tilt of the C-arm's preset (the scenario's target centre).</summary>
    public float OutletTiltDeg { get; }

    public float IncisionLengthMm { get; set; } = ProcedureDefaults.IncisionLengthMm;

    public float PinDepthMm { get; set; } = 55f;

    public float DrillDepthMm { get; set; } = 45f;

    /// <summary>The implant size in hand: set by the depth gauge, changed with +/−.</summary>
    public int ImplantLengthMm { get; set; } = ProcedureDefaults.ImplantLengthMm;

    /// <summary>Aim of the pin being placed: yaw (about the superior axis) and pitch offsets from the plan, degrees.</summary>
    public Vector2 AimOffsetDeg { get; set; }

    /// <summary>Entry point of the docked pin (null until one is docked).</summary>
    public Vector3? PinEntry { get; private set; }

    public int Shots { get; private set; }

    public EventVerdict? LastVerdict { get; private set; }

    /// <summary>What the HUD's message box shows: the last verdict in the session's mode, or a notice; null before the first action.</summary>
    public FeedbackMessage? Feedback { get; private set; }

    /// <summary>The pin step withdrawn with <see cref="Withdraw"/>: the next dock or advance redoes it. Null when no pin is withdrawn.</summary>
    public Step? Withdrawn { get; private set; }

    /// <summary>Raised after each submitted event (the window appends it to the session log).</summary>
    public event Action<EventVerdict>? Recorded;

    /// <summary>Raised for each note (a hint taken); the window appends it to the session log.</summary>
    public event Action<SessionNote>? Noted;

    /// <summary>Hints and other unscored moments, in order.</summary>
    public IReadOnlyList<SessionNote> Notes => _notes;

    public (Vector3 Entry, Vector3 Tip) Planned(int slot) => _visualsBuilder.Planned(slot);

    public Vector3 SkinPoint => _visualsBuilder.SkinPoint;

    /// <summary>The slot the next pin goes into (0–2), or the last one when all are used.</summary>
    public int CurrentSlot
    {
        get
        {
            var docked = Array.FindIndex(Visuals.Slots, s => s.Stage is > SlotStage.None and < SlotStage.PinRemoved);
            if (docked >= 0)
            {
                return docked;
            }

            var free = Array.FindIndex(Visuals.Slots, s => s.Stage == SlotStage.None);
            return free >= 0 ? free : ProcedureVisuals.SlotCount - 1;
        }
    }

    /// <summary>Current pin direction: the planned trajectory of the slot, turned by <see cref="AimOffsetDeg"/>.</summary>
    public Vector3 PinDirection
    {
        get
        {
            var (entry, tip) = Planned(CurrentSlot);
            var dir = Vector3.Normalize(tip - entry);
            var yaw = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, AimOffsetDeg.X * MathF.PI / 180f);
            var side = Vector3.Normalize(Vector3.Cross(dir, Vector3.UnitZ));
            var pitch = Quaternion.CreateFromAxisAngle(side, AimOffsetDeg.Y * MathF.PI / 180f);
            return Vector3.Normalize(Vector3.Transform(dir, yaw * pitch));
        }
    }

    /// <summary>Notes that the plan was shown (guided hint) at <paramref name="atSeconds"/>: logged and listed in the debrief, not scored.</summary>
    public SessionNote NotePlanShown(double atSeconds)
    {
        var note = new SessionNote(SessionNote.PlanShown, Math.Round(atSeconds, 1),
            "showed the plan (target corridors and danger structures) as a hint");
        _notes.Add(note);
        Noted?.Invoke(note);
        return note;
    }

    /// <summary>Shows <paramref name="message"/> in the HUD's message box (a notice of the window's, not a verdict).</summary>
    public void Announce(FeedbackMessage message) => Feedback = message;

    /// <summary>Takes over notes recorded before (a reloaded scenario's table keeps the hints taken so far); they are not logged again.</summary>
    public void KeepNotes(IEnumerable<SessionNote> notes) => _notes.AddRange(notes);

    /// <summary>Records an unscored moment (logged by the window and listed in the debrief).</summary>
    public void AddNote(SessionNote note)
    {
        _notes.Add(note);
        Noted?.Invoke(note);
    }

    /// <summary>Submits an already formed event (script playback) and keeps the scene in step.</summary>
    public EventVerdict Submit(AttemptEvent ev)
    {
        var verdict = Session.Submit(ev);
        var step = Session.Scenario.FindStep(ev.Do);
        if (step is { Action: StepActions.Imaging } || Session.Scenario.FindDistractor(ev.Do) is { Action: StepActions.Imaging })
        {
            Shots++;
            // The pose the event was shot from; a script without one is shot from the ideal of its step's view.
            CArm = CArmPoseLog.From(ev.With)
                ?? (step is { View.Length: > 0 } && OrbitCamera.TryParseView(step.View, out var view)
                    ? CArmPose.Ideal(view, InletTiltDeg, OutletTiltDeg)
                    : CArm);
            LastShotPose = CArm;
        }

        Apply(verdict);
        return verdict;
    }

    /// <summary>
    /// The imaging step a shot retakes: the shot just performed was that step, in this view, and the C-arm has moved since
    /// (a retake to get the view right, logged as a redo). Null when the shot is a new one.
    /// </summary>
    private Step? Retake(string view, CArmPose pose, CArmPose? previous)
    {
        if (previous is not { } before || before == pose
            || Session.RedoCandidate is not { Action: StepActions.Imaging } step
            || (step.View.Length > 0 && step.View != view))
        {
            return null;
        }

        // A shot that another step is due for is that step, not a retake (an outlet check after drilling, then the one after broaching).
        var resolved = ActionResolver.Resolve(Session, StepActions.Imaging, view);
        if (resolved is null || resolved == step.Id || Session.Scenario.FindStep(resolved) is not { } due)
        {
            return step;
        }

        var next = Session.Counts.GetValueOrDefault(due.Id) + 1;
        var ready = Preconditions.FirstUnmet(Session.Scenario, due, next, Session.Counts) is null
            && Preconditions.FirstUnmetAfter(Session.Scenario, due, next, Session.Counts) is null;
        return ready ? null : step;
    }

    private EventVerdict? Perform(string action, Dictionary<string, Measurement> measured, string view = "", Step? retake = null)
    {
        if (Blocked(action))
        {
            return null;
        }

        // After a withdrawal, the same pin action redoes the withdrawn step; a retaken shot redoes its imaging step.
        var redo = retake ?? (Withdrawn is { } pending && pending.Action == action ? pending : null);
        var id = redo?.Id ?? ActionResolver.Resolve(Session, action, view);
        if (id is null)
        {
            return null;
        }

        // Keep only what the resolved step is judged on, plus the raw geometry the judge derives measurements from (pin and
        // incision ends, window corners, points and strokes) and the C-arm pose.
        var step = Session.Scenario.FindStep(id);
        var with = measured
            .Where(m => m.Key is "entry" or "tip" or "start" or "end" or "at" or "path" || CArmPoseLog.Names.Contains(m.Key)
                || step?.Targets.Any(t => t.Name == m.Key) == true || JudgeInput(action, m.Key))
            .ToDictionary(m => m.Key, m => m.Value);
        var ev = new AttemptEvent(id, Math.Round(_clock(), 1), with) { Redo = redo is not null };
        var verdict = Session.Submit(ev);
        if (redo is not null && retake is null)
        {
            Withdrawn = null;
        }

        Apply(verdict);
        return verdict;
    }

    /// <summary>
    /// What the hands set that the judge works from even when no target names it: the implant's length (its sacral purchase is
    /// judged from it), the drill's stop (the implant's channel), the tamp's countersink. A shot's readings are kept only when asked for.
    /// </summary>
    private static bool JudgeInput(string action, string name) =>
        action != StepActions.Imaging && ActionCatalog.Of(action)?.Reads.Contains(name) == true;

    /// <summary>While a pin is withdrawn only C-arm shots, checks and placing that pin again make sense; anything else is stopped with a notice.</summary>
    private bool Blocked(string action)
    {
        if (Withdrawn is not { } pending || action is StepActions.Imaging or StepActions.Check || action == pending.Action)
        {
            return false;
        }

        Notify("⊘ PIN WITHDRAWN", FeedbackTone.Problem, "The guide pin is withdrawn: place it again first.", AgainText(pending));
        return true;
    }

    private string AgainText(Step step) => step.Action == StepActions.PinDock
        ? $"Dock it again ({_hints.How(step)})."
        : $"Re-aim it and advance it again ({_hints.How(step)}).";

    private FeedbackMessage Notify(string badge, FeedbackTone tone, params string[] lines)
    {
        Feedback = FeedbackMessage.Notice(badge, tone, lines);
        return Feedback;
    }

    private void Apply(EventVerdict verdict)
    {
        LastVerdict = verdict;
        Feedback = FeedbackMessage.For(verdict, Session);
        if (verdict.Performed)
        {
            _visualsBuilder.Apply(Visuals, verdict.Event);
            Track(verdict.Event);
        }

        Recorded?.Invoke(verdict);
    }

    private static Measurement Vec(Vector3 v) => Measurement.Of(new[] { Math.Round(v.X, 2), Math.Round(v.Y, 2), Math.Round(v.Z, 2) });
}
