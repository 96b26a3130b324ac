using System.Numerics;
using Simulator.Anatomy;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Scene;

/// <summary>Turns performed events into what the scene shows: incision, pins, tunnels, implants, fluid, sutures.</summary>
/// <remarks>
/// Driven by each step's <c>action</c>, not its id, so educators' own scenarios animate too. A pin
/// event may carry <c>with: {entry: [x,y,z], tip: [x,y,z]}</c> (patient mm); otherwise the plan is used.
/// </remarks>
public sealed class VisualsBuilder
{
    private readonly Scenario _scenario;
    private readonly (Vector3 Entry, Vector3 Tip)[] _plan;
    private readonly int[] _plannedSizes;
    private readonly Vector3 _skinPoint;
    private readonly PlannedPathVisual[] _planVisuals;
    private readonly OpenVisualsBuilder _open;

    public VisualsBuilder(Scenario scenario, Pelvis pelvis)
    {
        _scenario = scenario;
        var planned = ImplantPlan.Planned(scenario, pelvis);
        _plan = planned.Select(p => (p.EntryMm, p.TargetMm)).ToArray();
        _plannedSizes = planned.Select(p => p.ImplantLengthMm).ToArray();
        _planVisuals = scenario.Plan.Count == 0
            ? Array.Empty<PlannedPathVisual>()
            : planned.Zip(scenario.Plan, (p, d) => new PlannedPathVisual(p.EntryMm, p.TargetMm, (float)ImplantPlan.RadiusOf(d, pelvis)))
                .Take(ProcedureVisuals.PlanCapacity).ToArray();
        // The incision goes where the scenario's incision step says (the skin over the planned entries by default).
        var site = scenario.Steps.FirstOrDefault(s => s.Action == StepActions.Incision)?.Site ?? "";
        _skinPoint = IncisionPlan.SkinPoint(pelvis, site, 0, planned);
        IncisionAxis = IncisionPlan.Axis(pelvis, site, planned);
        _open = new OpenVisualsBuilder(scenario, pelvis, planned);
    }

    /// <summary>Skin marks and the open approach (window, bleeders, curettage, graft, block).</summary>
    public OpenVisualsBuilder Open => _open;

    /// <summary>
    /// Puts what is there before anything is done: the scenario's plan, and for marking and the open approach where the marks go, the
    /// planned window and the bleeding points.
    /// </summary>
    public void Prepare(ProcedureVisuals visuals)
    {
        ArgumentNullException.ThrowIfNull(visuals);
        ShowPlan(visuals);
        _open.Prepare(visuals.Open);
    }

    public Vector3 IncisionAxis { get; }

    public Vector3 SkinPoint => _skinPoint;

    /// <summary>The planned path of <paramref name="slot"/>; a slot past the plan's last (a scenario with fewer paths than slots) reuses the last.</summary>
    public (Vector3 Entry, Vector3 Tip) Planned(int slot) => _plan[Math.Clamp(slot, 0, _plan.Length - 1)];

    /// <summary>How many paths the plan has (at most <see cref="ProcedureVisuals.SlotCount"/> are drawn).</summary>
    public int PlannedCount => _plan.Length;

    /// <summary>Resets <paramref name="visuals"/> and applies every event in order.</summary>
    public void Build(ProcedureVisuals visuals, IEnumerable<AttemptEvent> events)
    {
        visuals.Reset();
        Prepare(visuals);
        foreach (var e in events)
        {
            Apply(visuals, e);
        }
    }

    /// <summary>Gives <paramref name="visuals"/> the scenario's plan (nothing when it declares none: the anatomy's own is drawn).</summary>
    public void ShowPlan(ProcedureVisuals visuals)
    {
        visuals.Plan.Clear();
        visuals.Plan.AddRange(_planVisuals);
        visuals.ImplantIsScrew = _scenario.Implant?.Kind == InstrumentKinds.Screw;
        visuals.ImplantDiameterMm = (float?)_scenario.Implant?.DiameterMm;
        visuals.PinDiameterMm = (float?)_scenario.Instruments.FirstOrDefault(i => i.Kind == InstrumentKinds.Pin)?.DiameterMm;
    }

    /// <summary>Applies one performed event (distractors and unknown ids change nothing).</summary>
    public void Apply(ProcedureVisuals visuals, AttemptEvent e)
    {
        var step = _scenario.FindStep(e.Do);
        if (step is null)
        {
            return;
        }

        if (e.Redo)
        {
            // A redo replaces the pin it redoes (the window has usually withdrawn it already; then this changes nothing).
            Withdraw(visuals, step.Action);
        }

        switch (step.Action)
        {
            case StepActions.Incision:
                visuals.IncisionMade = true;
                visuals.IncisionCentreMm = _skinPoint;
                visuals.IncisionAxis = IncisionAxis;
                visuals.IncisionLengthMm = Number(e, "length_mm") ?? Number(e, "length") ?? ProcedureDefaults.IncisionLengthMm;
                if (Point(e, "start") is { } start && Point(e, "end") is { } end && Vector3.Distance(start, end) > 1f)
                {
                    visuals.IncisionCentreMm = (start + end) / 2;
                    visuals.IncisionAxis = Vector3.Normalize(end - start);
                    visuals.IncisionLengthMm = Vector3.Distance(start, end);
                }

                break;
            case StepActions.Dissection:
                visuals.Dissected = true;
                break;
            case StepActions.PinDock:
                var slot = Array.FindIndex(visuals.Slots, s => s.Stage == SlotStage.None);
                if (slot >= 0)
                {
                    var (entry, tip) = Trajectory(e) ?? Planned(slot);
                    visuals.Slots[slot] = new ImplantSlot { EntryMm = entry, TipMm = tip, Stage = SlotStage.PinDocked };
                }

                break;
            case StepActions.PinAdvance:
                Advance(visuals, SlotStage.PinDocked, SlotStage.PinAdvanced, e);
                break;
            case StepActions.Drill:
                Advance(visuals, SlotStage.PinAdvanced, SlotStage.Drilled, e);
                break;
            case StepActions.Broach:
                Advance(visuals, SlotStage.Drilled, SlotStage.Broached, e);
                break;
            case StepActions.Implant:
                var implanted = Advance(visuals, SlotStage.Broached, SlotStage.Implanted, e)
                    ?? Advance(visuals, SlotStage.Drilled, SlotStage.Implanted, e);
                if (implanted is { } i)
                {
                    // Placed where the geometry judge says it ended: tapped down the drilled channel, its head proud of the table.
                    // An implant event without a length is drawn at its slot's planned size.
                    var length = Number(e, "length_mm") ?? _plannedSizes[Math.Clamp(i, 0, _plannedSizes.Length - 1)];
                    visuals.Slots[i].ImplantLengthMm = length;
                    visuals.Slots[i].ImplantProudMm = Number(e, "implant_proud_mm") ?? MathF.Min(length, PlannedTrajectory.ProudMm);
                }

                break;
            case StepActions.PinRemoval:
                Advance(visuals, SlotStage.Implanted, SlotStage.PinRemoved, e);
                break;
            case StepActions.Irrigation:
                visuals.Irrigated = true;
                break;
            case StepActions.Drain:
                visuals.Drained = true;
                break;
            case StepActions.Closure:
                visuals.Closed = true;
                break;
            default:
                _open.Apply(visuals.Open, step.Action, e);
                break;
        }
    }

    /// <summary>
    /// Withdraws the pin of the last <paramref name="action"/> for a redo: a docked pin comes out (its slot is free again), an
    /// advanced pin is pulled back to the outer cortex (docked, to be re-aimed). Other actions change nothing.
    /// </summary>
    public void Withdraw(ProcedureVisuals visuals, string action)
    {
        ArgumentNullException.ThrowIfNull(visuals);
        var from = action switch
        {
            StepActions.PinDock => SlotStage.PinDocked,
            StepActions.PinAdvance => SlotStage.PinAdvanced,
            _ => SlotStage.None,
        };
        var slot = from == SlotStage.None ? -1 : Array.FindLastIndex(visuals.Slots, s => s.Stage == from);
        if (slot < 0)
        {
            return;
        }

        if (from == SlotStage.PinDocked)
        {
            visuals.Slots[slot].Stage = SlotStage.None;
            return;
        }

        var entry = visuals.Slots[slot].EntryMm;
        var direction = Vector3.Normalize(visuals.Slots[slot].TipMm - entry);
        visuals.Slots[slot].Stage = SlotStage.PinDocked;
        visuals.Slots[slot].TipMm = entry + direction * DockedDepthMm;
    }

    /// <summary>How far a docked pin sits in the outer cortex.</summary>
    public const float DockedDepthMm = 6f;

    /// <summary>Moves the first slot at stage <paramref name="from"/> to <paramref name="to"/>; returns its index.</summary>
    private int? Advance(ProcedureVisuals visuals, SlotStage from, SlotStage to, AttemptEvent e)
    {
        var slot = Array.FindIndex(visuals.Slots, s => s.Stage == from);
        if (slot < 0)
        {
            return null;
        }

        visuals.Slots[slot].Stage = to;
        if (to == SlotStage.PinAdvanced && Trajectory(e) is { } t)
        {
            visuals.Slots[slot].EntryMm = t.Entry;
            visuals.Slots[slot].TipMm = t.Tip;
        }

        return slot;
    }

    private static (Vector3 Entry, Vector3 Tip)? Trajectory(AttemptEvent e) =>
        Point(e, "entry") is { } entry && Point(e, "tip") is { } tip ? (entry, tip) : null;

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;

    private static float? Number(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Number is { } n ? (float)n : null;
}
