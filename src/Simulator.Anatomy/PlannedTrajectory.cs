using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A planned implant path: from its entry on the outer table of the ilium to its target in the sacrum (mm, LPS).</summary>
public sealed record PlannedTrajectory(string Name, Vector3 EntryMm, Vector3 TargetMm, string Description)
{
    public Vector3 Axis => Vector3.Normalize(TargetMm - EntryMm);

    public float LengthMm => Vector3.Distance(EntryMm, TargetMm);
}
