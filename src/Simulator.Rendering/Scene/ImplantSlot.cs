using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>One implant's trajectory (patient mm) and stage; the pin runs from <see cref="EntryMm"/> to <see cref="TipMm"/>.</summary>
public struct ImplantSlot
{
    public Vector3 EntryMm;
    public Vector3 TipMm;
    public SlotStage Stage;

    /// <summary>Implant length along the trajectory from the entry point.</summary>
    public float ImplantLengthMm;
}
