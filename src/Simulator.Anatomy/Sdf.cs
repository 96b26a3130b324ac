using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Signed distance primitives and operators (negative inside), after Inigo Quilez's formulas.</summary>
/// <remarks>Some are bounds rather than exact distances (ellipsoid, smooth union); callers march with a safety factor.</remarks>
public static class Sdf
{
    public static float Sphere(Vector3 p, Vector3 centre, float radius) => Vector3.Distance(p, centre) - radius;

    public static float Capsule(Vector3 p, Vector3 a, Vector3 b, float radius) => Geometry.DistanceToSegment(p, a, b) - radius;

    /// <summary>Capsule whose radius goes linearly from <paramref name="ra"/> at a to <paramref name="rb"/> at b (a cheap cone bound).</summary>
    public static float TaperedCapsule(Vector3 p, Vector3 a, Vector3 b, float ra, float rb)
    {
        var ab = b - a;
        var t = Math.Clamp(Vector3.Dot(p - a, ab) / Math.Max(ab.LengthSquared(), 1e-9f), 0f, 1f);
        return Vector3.Distance(p, a + ab * t) - (ra + (rb - ra) * t);
    }

    /// <summary>Rounded box in a local frame: <paramref name="local"/> is the point in box coordinates.</summary>
    public static float RoundBox(Vector3 local, Vector3 half, float rounding)
    {
        var q = Vector3.Abs(local) - half + new Vector3(rounding);
        return Vector3.Max(q, Vector3.Zero).Length() + MathF.Min(MathF.Max(q.X, MathF.Max(q.Y, q.Z)), 0f) - rounding;
    }

    /// <summary>Ellipsoid bound (IQ's "improved" approximation).</summary>
    public static float Ellipsoid(Vector3 local, Vector3 radii)
    {
        var k0 = (local / radii).Length();
        var k1 = (local / (radii * radii)).Length();
        return k1 < 1e-9f ? -MathF.Min(radii.X, MathF.Min(radii.Y, radii.Z)) : k0 * (k0 - 1f) / k1;
    }

    public static float SmoothUnion(float a, float b, float k)
    {
        var h = Math.Clamp(0.5f + 0.5f * (b - a) / k, 0f, 1f);
        return b + (a - b) * h - k * h * (1f - h);
    }

    public static float SmoothSubtract(float from, float cut, float k)
    {
        var h = Math.Clamp(0.5f - 0.5f * (from + cut) / k, 0f, 1f);
        return from + (-cut - from) * h + k * h * (1f - h);
    }

    public static float Subtract(float from, float cut) => MathF.Max(from, -cut);

    /// <summary>Unit gradient of <paramref name="sdf"/> at <paramref name="p"/> by central differences of step <paramref name="h"/> (the outward surface normal); +Z where it vanishes.</summary>
    public static Vector3 Gradient(Func<Vector3, float> sdf, Vector3 p, float h)
    {
        var g = new Vector3(
            sdf(p + new Vector3(h, 0, 0)) - sdf(p - new Vector3(h, 0, 0)),
            sdf(p + new Vector3(0, h, 0)) - sdf(p - new Vector3(0, h, 0)),
            sdf(p + new Vector3(0, 0, h)) - sdf(p - new Vector3(0, 0, h)));
        var length = g.Length();
        return length < 1e-9f ? Vector3.UnitZ : g / length;
    }

    public static float Intersect(float a, float b) => MathF.Max(a, b);
}
