using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.Rendering.Scene;

/// <summary>Unit shapes placed with a model matrix: overlays, wound, sutures.</summary>
public static class Primitives
{
    /// <summary>Closed cylinder of radius 1 from z = 0 to z = 1.</summary>
    public static Mesh UnitCylinder(int segments = 20)
    {
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var indices = new List<uint>();
        for (var i = 0; i <= segments; i++)
        {
            var a = 2 * MathF.PI * i / segments;
            var n = new Vector3(MathF.Cos(a), MathF.Sin(a), 0);
            positions.Add(n);
            normals.Add(n);
            positions.Add(n + Vector3.UnitZ);
            normals.Add(n);
        }

        for (var i = 0; i < segments; i++)
        {
            var b = (uint)(i * 2);
            indices.AddRange(new[] { b, b + 2, b + 1, b + 1, b + 2, b + 3 });
        }

        foreach (var (z, nz) in new[] { (0f, -1f), (1f, 1f) })
        {
            var centre = (uint)positions.Count;
            positions.Add(new Vector3(0, 0, z));
            normals.Add(new Vector3(0, 0, nz));
            for (var i = 0; i <= segments; i++)
            {
                var a = 2 * MathF.PI * i / segments;
                positions.Add(new Vector3(MathF.Cos(a), MathF.Sin(a), z));
                normals.Add(new Vector3(0, 0, nz));
            }

            for (var i = 0; i < segments; i++)
            {
                var p = centre + 1 + (uint)i;
                if (nz > 0)
                {
                    indices.AddRange(new[] { centre, p, p + 1 });
                }
                else
                {
                    indices.AddRange(new[] { centre, p + 1, p });
                }
            }
        }

        return new Mesh(positions.ToArray(), normals.ToArray(), indices.ToArray());
    }

    /// <summary>Sphere of radius 1 at the origin (scale it into an ellipsoid).</summary>
    public static Mesh UnitSphere(int rings = 12, int segments = 20)
    {
        var positions = new List<Vector3>();
        var indices = new List<uint>();
        for (var r = 0; r <= rings; r++)
        {
            var phi = MathF.PI * r / rings;
            for (var s = 0; s <= segments; s++)
            {
                var theta = 2 * MathF.PI * s / segments;
                positions.Add(new Vector3(MathF.Sin(phi) * MathF.Cos(theta), MathF.Sin(phi) * MathF.Sin(theta), MathF.Cos(phi)));
            }
        }

        for (var r = 0; r < rings; r++)
        {
            for (var s = 0; s < segments; s++)
            {
                var a = (uint)(r * (segments + 1) + s);
                var b = a + (uint)segments + 1;
                indices.AddRange(new[] { a, b, a + 1, a + 1, b, b + 1 });
            }
        }

        return new Mesh(positions.ToArray(), positions.ToArray(), indices.ToArray());
    }

    /// <summary>A flat cross of two bars, <paramref name="armMm"/> from the centre each way, <paramref name="barMm"/> wide and <paramref name="thickMm"/> thick (z): a skin mark.</summary>
    public static Mesh Cross(float armMm, float barMm, float thickMm)
    {
        var positions = new List<Vector3>();
        var normals = new List<Vector3>();
        var indices = new List<uint>();
        foreach (var half in new[] { new Vector3(armMm, barMm / 2, thickMm / 2), new Vector3(barMm / 2, armMm, thickMm / 2) })
        {
            for (var axis = 0; axis < 3; axis++)
            {
                foreach (var sign in new[] { 1f, -1f })
                {
                    var n = axis switch { 0 => Vector3.UnitX, 1 => Vector3.UnitY, _ => Vector3.UnitZ } * sign;
                    var u = axis switch { 0 => Vector3.UnitY, 1 => Vector3.UnitZ, _ => Vector3.UnitX };
                    var v = Vector3.Cross(n, u);
                    var c = n * Vector3.Dot(Vector3.Abs(n), half);
                    var hu = u * Vector3.Dot(u, half);
                    var hv = v * MathF.Abs(Vector3.Dot(v, half));
                    var start = (uint)positions.Count;
                    foreach (var p in new[] { c - hu - hv, c + hu - hv, c + hu + hv, c - hu + hv })
                    {
                        positions.Add(p);
                        normals.Add(n);
                    }

                    indices.AddRange(new[] { start, start + 1, start + 2, start, start + 2, start + 3 });
                }
            }
        }

        return new Mesh(positions.ToArray(), normals.ToArray(), indices.ToArray());
    }

    /// <summary>Model matrix mapping the unit cylinder onto the segment <paramref name="from"/> → <paramref name="to"/> with <paramref name="radius"/>.</summary>
    public static Matrix4x4 Segment(Vector3 from, Vector3 to, float radius)
    {
        var axis = to - from;
        var length = axis.Length();
        return Matrix4x4.CreateScale(radius, radius, Math.Max(length, 1e-3f)) * AlignZ(axis) * Matrix4x4.CreateTranslation(from);
    }

    /// <summary>Rotation taking +Z onto <paramref name="direction"/>.</summary>
    public static Matrix4x4 AlignZ(Vector3 direction)
    {
        var d = Vector3.Normalize(direction);
        var dot = Vector3.Dot(Vector3.UnitZ, d);
        if (dot > 0.9999f)
        {
            return Matrix4x4.Identity;
        }

        if (dot < -0.9999f)
        {
            return Matrix4x4.CreateRotationX(MathF.PI);
        }

        var axis = Vector3.Normalize(Vector3.Cross(Vector3.UnitZ, d));
        return Matrix4x4.CreateFromAxisAngle(axis, MathF.Acos(dot));
    }

    /// <summary>Places an instrument mesh (tip at origin, shaft along +Z) with its tip at <paramref name="tip"/>, pointing toward <paramref name="tip"/> from <paramref name="entry"/>.</summary>
    public static Matrix4x4 Instrument(Vector3 entry, Vector3 tip) =>
        AlignZ(entry - tip) * Matrix4x4.CreateTranslation(tip);

    /// <summary>An implant mesh <paramref name="meshLengthMm"/> long stretched along its axis to run from <paramref name="tip"/> to <paramref name="head"/>.</summary>
    /// <param name="head">Where the head ends (outside the bone).</param>
    /// <param name="tip">Where the tip ends.</param>
    /// <param name="meshLengthMm">The mesh's length along its axis.</param>
    /// <param name="widthScale">How much wider than the mesh the implant is (its declared diameter over the mesh's).</param>
    public static Matrix4x4 Implant(Vector3 head, Vector3 tip, float meshLengthMm, float widthScale = 1f)
    {
        var length = Vector3.Distance(head, tip);
        return Matrix4x4.CreateScale(widthScale, widthScale, length > 0.1f ? length / meshLengthMm : 1f) * Instrument(head, tip);
    }
}
