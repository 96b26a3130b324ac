using System.Numerics;
using Simulator.Anatomy;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>Scene sync: what the table recorded becomes the 3D scene (instruments in hand, the aim preview, the C-arm image of a shot).</summary>
public sealed partial class TrainerWindow
{
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
        _shots++;
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
}
