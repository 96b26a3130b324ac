using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>What the procedure has done to the patient so far, as the scene shows it.</summary>
/// <remarks>
/// Plain mutable data, written by the app from the session's events and read by
/// <see cref="PelvisScene.Apply"/>; keeping it free of scoring keeps Rendering ignorant of the engine.
/// </remarks>
public sealed class ProcedureVisuals
{
    public const int SlotCount = 3;

    /// <summary>At most this many planned paths are drawn.</summary>
    public const int PlanCapacity = 6;

    public bool IncisionMade { get; set; }

    /// <summary>Centre of the skin incision on the skin surface (mm).</summary>
    public Vector3 IncisionCentreMm { get; set; }

    /// <summary>Unit vector along the incision.</summary>
    public Vector3 IncisionAxis { get; set; } = Vector3.UnitZ;

    public float IncisionLengthMm { get; set; } = Anatomy.ProcedureDefaults.IncisionLengthMm;

    public bool Dissected { get; set; }

    public ImplantSlot[] Slots { get; } = new ImplantSlot[SlotCount];

    public bool Irrigated { get; set; }

    public bool Closed { get; set; }

    /// <summary>A suction drain lies in the wound; its tube leaves through the skin beside the incision.</summary>
    public bool Drained { get; set; }

    /// <summary>Skin marks and the open approach: bleeders, the iliac window, curettage, graft and block.</summary>
    public OpenApproachVisuals Open { get; } = new();

    /// <summary>
    /// The session's planned paths (the scenario's plan): thin blue lines on C-arm images and, with <see cref="ShowCorridors"/>,
    /// corridors of their radius. Empty: the anatomy's own plan and corridors. Set once per scenario, not by <see cref="Reset"/>.
    /// </summary>
    public List<PlannedPathVisual> Plan { get; } = new();

    /// <summary>The scenario's implant is a screw (drawn as a cannulated screw with a washer), not a triangular implant.</summary>
    public bool ImplantIsScrew { get; set; }

    /// <summary>The declared implant's diameter, mm (null: the mesh's own).</summary>
    public float? ImplantDiameterMm { get; set; }

    /// <summary>The declared guide pin's diameter, mm (null: the mesh's own).</summary>
    public float? PinDiameterMm { get; set; }

    /// <summary>Show the danger structures (orange) and the target corridors (blue).</summary>
    public bool ShowDangers { get; set; }

    public bool ShowCorridors { get; set; }

    /// <summary>The instrument in the trainee's hand, drawn at <see cref="InstrumentTipMm"/> (null: none).</summary>
    public Simulator.Anatomy.InstrumentKind? Instrument { get; set; }

    public Vector3 InstrumentTipMm { get; set; }

    /// <summary>Unit vector from the tip toward the handle.</summary>
    public Vector3 InstrumentHandleDirection { get; set; } = Vector3.UnitX;

    public void Reset()
    {
        IncisionMade = Dissected = Irrigated = Closed = Drained = false;
        for (var i = 0; i < Slots.Length; i++)
        {
            Slots[i].Stage = SlotStage.None;
        }

        Open.Reset();
    }
}

/// <summary>A planned path as drawn: entry, pin tip and the radius of its safe corridor (mm).</summary>
public readonly record struct PlannedPathVisual(Vector3 EntryMm, Vector3 TipMm, float RadiusMm);
