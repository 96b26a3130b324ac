using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The minimally invasive approach's acts: skin, pin, C-arm, drill, broach, gauge, implant, irrigation and closure.</summary>
/// <remarks>Each fills what the hand measured and goes through <c>Perform</c>, like the open approach's (<c>OperatingTable.Open.cs</c>).</remarks>
public sealed partial class OperatingTable
{
    public EventVerdict? Incise(Vector3 start, Vector3 end) => Perform(StepActions.Incision, new()
    {
        ["length_mm"] = Measurement.Of(Math.Round(Measure.IncisionLengthMm(start, end), 1)),
        ["start"] = Vec(start),
        ["end"] = Vec(end),
    });

    /// <summary>Keyboard incision: centred on <paramref name="centre"/> (a point on the skin), <see cref="IncisionLengthMm"/> long, in line with the implants.</summary>
    public EventVerdict? InciseAt(Vector3 centre)
    {
        var half = _visualsBuilder.IncisionAxis * (IncisionLengthMm / 2);
        return Incise(centre - half, centre + half);
    }

    public EventVerdict? Dissect() => Perform(StepActions.Dissection, new());

    /// <summary>A skin mark at <paramref name="at"/> (a point on the skin, where the trainee clicked with the marker); the judge measures it against its site.</summary>
    public EventVerdict? Mark(Vector3 at) => Perform(StepActions.Marking, new() { ["at"] = Vec(at) });

    /// <summary>Docks the pin at <paramref name="entry"/>, a point on the bone (where the trainee clicked, or the keyboard's +).</summary>
    /// <remarks>There is no default: nothing docks a pin on the plan for the trainee.</remarks>
    public EventVerdict? DockPin(Vector3 entry)
    {
        if (Blocked(StepActions.PinDock))
        {
            return null;
        }

        var slot = CurrentSlot;
        var planned = Planned(slot);
        AimOffsetDeg = Vector2.Zero;
        PinEntry = entry;
        var tip = entry + PinDirection * 6f;
        return Perform(StepActions.PinDock, new()
        {
            ["entry_offset_mm"] = Measurement.Of(Math.Round(Measure.EntryOffsetMm(entry, planned.Entry), 1)),
            ["entry"] = Vec(entry),
            ["tip"] = Vec(tip),
        });
    }

    /// <summary>True while the current pin is docked but not yet advanced, so its tip can still be walked over the bone.</summary>
    /// <remarks>A pin withdrawn from an advance is only re-aimed: its entry stays where it was docked.</remarks>
    public bool PinWalkable => PinEntry is not null && Visuals.Slots[CurrentSlot].Stage == SlotStage.PinDocked
        && Withdrawn?.Action != StepActions.PinAdvance;

    /// <summary>Walks the docked pin's tip to <paramref name="entry"/> (on the bone); the advance starts there. False if no pin is docked.</summary>
    public bool WalkPin(Vector3 entry)
    {
        if (!PinWalkable)
        {
            return false;
        }

        PinEntry = entry;
        return true;
    }

    public EventVerdict? AdvancePin()
    {
        if (Blocked(StepActions.PinAdvance))
        {
            return null;
        }

        var entry = PinEntry ?? Planned(CurrentSlot).Entry;
        var tip = entry + PinDirection * PinDepthMm;
        return Perform(StepActions.PinAdvance, new()
        {
            ["depth_mm"] = Measurement.Of(Math.Round(Measure.DepthMm(entry, tip), 1)),
            ["foramen_clearance_mm"] = Measurement.Of(Math.Round(Measure.ForamenClearanceMm(Pelvis, entry, tip), 1)),
            ["entry"] = Vec(entry),
            ["tip"] = Vec(tip),
        });
    }

    /// <summary>Moves the C-arm to a preset: near the view, not onto it (see <see cref="CArmPose.Preset"/>).</summary>
    public void PresetCArm(CameraView view) => CArm = CArmPose.Preset(view, InletTiltDeg, OutletTiltDeg);

    /// <summary>
    /// One C-arm shot from the current pose, taken as the view nearest to it; every shot taken counts, useful or not (a shot
    /// guided mode refuses is not taken). Its measurements come from the pose, which the event carries too
    /// (<c>carm_rotation_deg</c>, <c>carm_tilt_deg</c>, <c>carm_offset_mm</c>).
    /// </summary>
    public EventVerdict? TakeShot()
    {
        var pose = CArm;
        var view = CArmView;
        var with = new Dictionary<string, Measurement>
        {
            ["implant_spacing_mm"] = Measurement.Of(Math.Round(Measure.ImplantSpacingMm(Visuals.Slots), 1)),
            ["notch_offset_mm"] = Measurement.Of(Math.Round(Measure.NotchOffsetMm(Pelvis, pose), 1)),
            ["tilt_deg"] = Measurement.Of(Math.Round(Measure.TiltDeg(pose, view), 1)),
        };
        foreach (var (name, value) in CArmPoseLog.Of(pose))
        {
            with[name] = value;
        }

        // Set before submitting: the window takes the image from it when the event is recorded.
        var previous = LastShotPose;
        LastShotPose = pose;
        var verdict = Retake(view, pose, previous) is { } retaken
            ? Perform(StepActions.Imaging, with, view, retaken)
            : Perform(StepActions.Imaging, with, view);
        if (verdict is { Performed: true })
        {
            Shots++;
        }
        else
        {
            LastShotPose = previous;
        }

        return verdict;
    }

    public EventVerdict? Drill() => Perform(StepActions.Drill, new()
    {
        ["short_of_pin_tip_mm"] = Measurement.Of(Math.Round(Measure.ShortOfPinTipMm(PinDepthMm, DrillDepthMm), 1)),
    });

    public EventVerdict? Broach() => Perform(StepActions.Broach, new());

    /// <summary>Reads the drilled depth with the depth gauge over the pin and takes the implant size it calls for.</summary>
    public EventVerdict? Gauge()
    {
        var verdict = Perform(StepActions.DepthGauge, new());
        if (verdict is { Performed: true } && verdict.Event.With.TryGetValue("gauge_mm", out var reading) && reading.Number is { } gauge)
        {
            ImplantLengthMm = AnatomyJudge.ImplantSizeFor(gauge, ImplantPlan.Lengths(Session.Scenario));
        }

        return verdict;
    }

    public EventVerdict? PlaceImplant() => Perform(StepActions.Implant, new() { ["length_mm"] = Measurement.Of(ImplantLengthMm) });

    public EventVerdict? RemovePin()
    {
        var verdict = Perform(StepActions.PinRemoval, new());
        if (verdict is { Performed: true })
        {
            PinEntry = null;
        }

        return verdict;
    }

    /// <summary>
    /// Withdraws the guide pin for a redo (key W): a docked pin comes out to be docked again, an advanced pin is pulled back to
    /// the cortex to be re-aimed. The next dock or advance is then logged as a redo of it. Nothing is logged by the withdrawal itself.
    /// </summary>
    /// <returns>The notice shown; it says what to do next, or why there is nothing to withdraw.</returns>
    public FeedbackMessage Withdraw()
    {
        if (Withdrawn is { } pending)
        {
            return Notify("↺ PIN WITHDRAWN", FeedbackTone.Good, "The pin is already withdrawn.", AgainText(pending));
        }

        if (Session.RedoCandidate is not { } step || !RedoRule.IsPinStep(step))
        {
            return Notify("⊘ NOTHING TO WITHDRAW", FeedbackTone.Problem,
                $"{TrayHints.WithdrawKey} withdraws a guide pin that is docked, or advanced and not yet drilled over; there is none now.");
        }

        Withdrawn = step;
        _visualsBuilder.Withdraw(Visuals, step.Action);
        if (step.Action == StepActions.PinDock)
        {
            PinEntry = null;
        }

        return Notify("↺ PIN WITHDRAWN", FeedbackTone.Good, AgainText(step), "It is logged as a redo: the new position counts, and the repeat costs a little economy.");
    }

    public EventVerdict? Irrigate() => Perform(StepActions.Irrigation, new());

    /// <summary>Lays a suction drain in the wound (its tube then shows leaving the wound until the end).</summary>
    public EventVerdict? PlaceDrain() => Perform(StepActions.Drain, new());

    public EventVerdict? Close() => Perform(StepActions.Closure, new());

    /// <summary>Confirms a step done without 3D interaction (checks, set-up, time-out).</summary>
    public EventVerdict? Confirm() => Perform(StepActions.Check, new());
}
