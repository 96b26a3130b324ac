using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A structure to avoid, modelled as a capsule (segment A–B with a radius) in patient millimetres.</summary>
/// <remarks><see cref="PlainLanguage"/> says what breaching it means, in words for the debrief.</remarks>
public sealed record DangerStructure(string Name, DangerKind Kind, Vector3 A, Vector3 B, float RadiusMm, string PlainLanguage)
{
    /// <summary>Distance from <paramref name="point"/> to the capsule's surface (negative inside).</summary>
    public float DistanceTo(Vector3 point) => Geometry.DistanceToSegment(point, A, B) - RadiusMm;

    public bool Contains(Vector3 point) => DistanceTo(point) < 0;

    /// <summary>True if the segment <paramref name="from"/>–<paramref name="to"/> enters the capsule.</summary>
    public bool Intersects(Vector3 from, Vector3 to) => Geometry.SegmentSegmentDistance(from, to, A, B) < RadiusMm;
}
