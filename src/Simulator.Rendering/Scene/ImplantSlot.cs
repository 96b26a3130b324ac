using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>One implant's trajectory (patient mm) and stage; the pin runs from <see cref="EntryMm"/> to <see cref="TipMm"/>.</summary>
public struct ImplantSlot
{
    public Vector3 EntryMm;
    public Vector3 TipMm;
    public SlotStage Stage;

    /// <summary>Implant length along the trajectory.</summary>
    public float ImplantLengthMm;

    /// <summary>How far the implant's head stands out of the outer table (the entry point); it ends ImplantLengthMm − ImplantProudMm past the entry.</summary>
    public float ImplantProudMm;

    /// <summary>Where the implant ends, as placed.</summary>
    public readonly Vector3 ImplantTipMm => EntryMm + Direction * (ImplantLengthMm - ImplantProudMm);

    /// <summary>Where the implant's head is (outside the outer table by <see cref="ImplantProudMm"/>).</summary>
    public readonly Vector3 ImplantHeadMm => EntryMm - Direction * ImplantProudMm;

    private readonly Vector3 Direction => (TipMm - EntryMm).LengthSquared() > 0 ? Vector3.Normalize(TipMm - EntryMm) : Vector3.UnitX;
}
