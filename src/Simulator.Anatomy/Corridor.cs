using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A safe osseous corridor for a pin or implant: a cylinder from the lateral iliac entry to the target in the sacral body.</summary>
public sealed record Corridor(string Name, Vector3 EntryMm, Vector3 TargetMm, float RadiusMm, string Description)
{
    public Vector3 Axis => Vector3.Normalize(TargetMm - EntryMm);

    public float LengthMm => Vector3.Distance(EntryMm, TargetMm);

    /// <summary>Distance from <paramref name="point"/> to the corridor's axis segment.</summary>
    public float DistanceToAxis(Vector3 point) => Geometry.DistanceToSegment(point, EntryMm, TargetMm);
}
