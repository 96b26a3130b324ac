using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Preview;

/// <summary>Where the storyboard's 3D camera looks after an action, and the instrument it shows at work.</summary>
/// <remarks>
/// Three framings, each held while its kind of work goes on so the pictures read as one sequence, all from behind and
/// to the left of the prone patient (the operated side) with the head up:
/// the whole pelvis before the incision and after closure; the wound, seen from the side, for skin and soft-tissue work;
/// and the left sacroiliac joint from behind for pin, drill, broach and implant work (the pins' shafts in profile through
/// the translucent skin, the implants placed so far beside them) and for the checks and shots in between.
/// </remarks>
public sealed class ActionFraming
{
    /// <summary>Eye distances, mm: the whole pelvis, the wound, the implants (the window's surgeon view stands at 650 mm).</summary>
    public const float OverviewMm = 520f, WoundMm = 300f, FixationMm = 400f;

    /// <summary>Eye directions from the target: behind and left of the patient (posterior oblique), and more from the side for the skin.</summary>
    public static readonly Vector3 PosteriorOblique = Vector3.Normalize(new Vector3(0.6f, 0.78f, 0.15f));

    public static readonly Vector3 LateralOblique = Vector3.Normalize(new Vector3(0.85f, 0.45f, 0.2f));

    /// <summary>The overview's target: the middle of the pelvis, a little toward the operated side.</summary>
    public static readonly Vector3 OverviewTarget = new(25f, 10f, -35f);

    private readonly Pelvis _pelvis;
    private readonly VisualsBuilder _plan;
    private readonly Vector3 _outward;
    private readonly Vector3 _fixation;

    public ActionFraming(Pelvis pelvis, VisualsBuilder plan)
    {
        _pelvis = pelvis;
        _plan = plan;
        // Out of the patient on the operated side: from the first planned entry toward the skin over the implants.
        _outward = Vector3.Normalize(plan.SkinPoint - plan.Planned(0).Entry);
        // The middle of the planned implants' first 35 mm: the ilium, the joint and the pins' shafts outside.
        var mids = Enumerable.Range(0, Math.Max(1, Math.Min(plan.PlannedCount, ProcedureVisuals.SlotCount)))
            .Select(i => plan.Planned(i)).Select(p => p.Entry + Vector3.Normalize(p.Tip - p.Entry) * 35f).ToList();
        _fixation = mids.Aggregate(Vector3.Zero, (a, b) => a + b) / mids.Count;
    }

    /// <summary>
    /// Puts the instrument of <paramref name="frame"/>'s action in the scene (none for checks, imaging and pins, which show
    /// themselves), and aims <paramref name="camera"/> at the action.
    /// </summary>
    /// <param name="slot">The implant slot the action worked on (the one whose stage it changed), or null.</param>
    public void Aim(OrbitCamera camera, StoryFrame frame, ProcedureVisuals visuals, int? slot)
    {
        camera.SetView(CameraView.Surgeon);
        var wound = visuals.IncisionMade ? visuals.IncisionCentreMm : _plan.SkinPoint;
        // A hand instrument stands out of the wound toward the surgeon, not straight at the camera.
        var handle = Vector3.Normalize(_outward + new Vector3(0f, 0.9f, 0.5f));
        visuals.Instrument = null;
        switch (frame.Step.Action)
        {
            case StepActions.Incision:
                Hold(visuals, InstrumentKind.Scalpel, visuals.IncisionCentreMm + visuals.IncisionAxis * (visuals.IncisionLengthMm / 2), handle);
                Look(camera, LateralOblique, visuals.IncisionCentreMm, WoundMm);
                return;
            case StepActions.Marking:
                Look(camera, LateralOblique, Point(frame, "at") ?? wound, WoundMm);
                return;
            case StepActions.Dissection or StepActions.Haemostasis:
                Hold(visuals, InstrumentKind.BluntDissector, wound, handle);
                Look(camera, LateralOblique, wound, WoundMm);
                return;
            case StepActions.Irrigation:
                Hold(visuals, InstrumentKind.IrrigationSyringe, wound, handle);
                Look(camera, LateralOblique, wound, WoundMm);
                return;
            case StepActions.Closure:
                Look(camera, LateralOblique, wound, WoundMm);
                return;
            case StepActions.Osteotomy or StepActions.Curettage or StepActions.Graft or StepActions.Block:
                // Bone work through the open wound: the window on the outer ilium.
                Look(camera, PosteriorOblique, OpenApproach.WindowPlan(_pelvis).Centre, FixationMm);
                return;
        }

        if (slot is { } i && visuals.Slots[i].Stage is > SlotStage.None)
        {
            var s = visuals.Slots[i];
            var axis = Vector3.Normalize(s.TipMm - s.EntryMm);
            if (frame.Step.Action == StepActions.Drill)
            {
                Hold(visuals, InstrumentKind.CannulatedDrill, s.EntryMm + axis * ((s.TipMm - s.EntryMm).Length() - 10f), -axis);
            }
            else if (frame.Step.Action == StepActions.Broach)
            {
                Hold(visuals, InstrumentKind.Broach, s.EntryMm + axis * 50f, -axis);
            }
        }

        // Checks and shots: the implants once the first pin is in (until closure), the wound before that, and the whole
        // pelvis before the incision and after closure (pin work in a scenario without an incision shows the implants).
        var working = visuals.Slots.Any(s => s.Stage > SlotStage.None);
        var open = visuals.IncisionMade && !visuals.Closed;
        if (working && (open || !visuals.IncisionMade))
        {
            Look(camera, PosteriorOblique, _fixation, FixationMm);
        }
        else if (open)
        {
            Look(camera, LateralOblique, wound, WoundMm);
        }
        else
        {
            Look(camera, PosteriorOblique, OverviewTarget, OverviewMm);
        }
    }

    private static void Look(OrbitCamera camera, Vector3 direction, Vector3 target, float distanceMm)
    {
        camera.Aim(direction, Vector3.UnitZ);
        camera.Target = target;
        camera.DistanceMm = distanceMm;
    }

    private static void Hold(ProcedureVisuals visuals, InstrumentKind kind, Vector3 tip, Vector3 handle)
    {
        visuals.Instrument = kind;
        visuals.InstrumentTipMm = tip;
        visuals.InstrumentHandleDirection = handle;
    }

    private static Vector3? Point(StoryFrame frame, string name) =>
        frame.Event.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;
}
