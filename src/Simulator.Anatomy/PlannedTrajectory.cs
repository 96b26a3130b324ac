using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A planned implant path (mm, LPS): the guide pin from its entry on the outer table of the ilium to its tip in the sacrum, and the implant over it.</summary>
/// <param name="Name">e.g. <c>implant-1-left</c>.</param>
/// <param name="EntryMm">Where the axis meets the outer table of the ilium.</param>
/// <param name="TargetMm">The planned guide-pin tip: <see cref="PinBeyondImplantMm"/> past the implant tip.</param>
/// <param name="Description">Plain words for the debrief.</param>
/// <param name="ImplantLengthMm">The planned implant size (30–70 mm in 5 mm steps).</param>
/// <param name="IliumMm">Outer table to the joint plane (the middle of the joint space) along the axis.</param>
/// <param name="SacrumMm">Joint plane to the implant tip along the axis: the sacral purchase.</param>
public sealed record PlannedTrajectory(
    string Name, Vector3 EntryMm, Vector3 TargetMm, string Description, int ImplantLengthMm, float IliumMm, float SacrumMm)
{
    /// <summary>How far the implant's head stands proud of the outer table in the plan (0–5 mm is acceptable).</summary>
    public const float ProudMm = 2f;

    /// <summary>How far the guide pin reaches past the implant tip, so it stays anchored while drilling and broaching.</summary>
    public const float PinBeyondImplantMm = 10f;

    public Vector3 Axis => Vector3.Normalize(TargetMm - EntryMm);

    /// <summary>Length of the planned guide-pin path (entry to tip).</summary>
    public float LengthMm => Vector3.Distance(EntryMm, TargetMm);

    /// <summary>Where the axis crosses the joint plane.</summary>
    public Vector3 JointPointMm => EntryMm + Axis * IliumMm;

    /// <summary>Where the planned implant ends.</summary>
    public Vector3 ImplantTipMm => EntryMm + Axis * (ImplantLengthMm - ProudMm);
}
