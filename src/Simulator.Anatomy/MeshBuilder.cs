using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Accumulates simple solids (cylinders, cones, prisms, boxes, tori) into one mesh with flat or smooth normals.</summary>
internal sealed class MeshBuilder
{
    private readonly List<Vector3> _positions = new();
    private readonly List<Vector3> _normals = new();
    private readonly List<uint> _indices = new();

    public Mesh ToMesh() => new(_positions.ToArray(), _normals.ToArray(), _indices.ToArray());

    /// <summary>A frustum along +Z from z0 (radius r0) to z1 (radius r1), centred on the z axis, with caps.</summary>
    public MeshBuilder Frustum(float z0, float r0, float z1, float r1, int segments = 16, float offsetX = 0, float offsetY = 0)
    {
        var slope = (r0 - r1) / MathF.Max(z1 - z0, 1e-3f);
        var start = (uint)_positions.Count;
        for (var i = 0; i <= segments; i++)
        {
            var a = 2 * MathF.PI * i / segments;
            var dir = new Vector3(MathF.Cos(a), MathF.Sin(a), 0);
            var n = Vector3.Normalize(dir + new Vector3(0, 0, slope));
            Add(new Vector3(offsetX, offsetY, z0) + dir * r0, n);
            Add(new Vector3(offsetX, offsetY, z1) + dir * r1, n);
        }

        for (var i = 0; i < segments; i++)
        {
            var b = start + (uint)(i * 2);
            _indices.AddRange(new[] { b, b + 2, b + 1, b + 1, b + 2, b + 3 });
        }

        Cap(z0, r0, -1, segments, offsetX, offsetY);
        Cap(z1, r1, 1, segments, offsetX, offsetY);
        return this;
    }

    private void Cap(float z, float r, float facing, int segments, float ox, float oy)
    {
        if (r <= 0)
        {
            return;
        }

        var centre = (uint)_positions.Count;
        var n = new Vector3(0, 0, facing);
        Add(new Vector3(ox, oy, z), n);
        for (var i = 0; i <= segments; i++)
        {
            var a = 2 * MathF.PI * i / segments;
            Add(new Vector3(ox + MathF.Cos(a) * r, oy + MathF.Sin(a) * r, z), n);
        }

        for (var i = 0; i < segments; i++)
        {
            var p = centre + 1 + (uint)i;
            _indices.AddRange(facing > 0 ? new[] { centre, p, p + 1 } : new[] { centre, p + 1, p });
        }
    }

    /// <summary>An axis-aligned box given by its centre and half extents (flat normals).</summary>
    public MeshBuilder Box(Vector3 centre, Vector3 half)
    {
        Span<Vector3> axes = stackalloc Vector3[] { Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ };
        for (var a = 0; a < 3; a++)
        {
            foreach (var sign in new[] { 1f, -1f })
            {
                var n = axes[a] * sign;
                var u = axes[(a + 1) % 3];
                var v = axes[(a + 2) % 3];
                var c = centre + n * Component(half, a);
                var hu = u * Component(half, (a + 1) % 3);
                var hv = v * Component(half, (a + 2) % 3);
                var start = (uint)_positions.Count;
                Add(c - hu - hv, n);
                Add(c + hu - hv, n);
                Add(c + hu + hv, n);
                Add(c - hu + hv, n);
                if (sign > 0)
                {
                    _indices.AddRange(new[] { start, start + 1, start + 2, start, start + 2, start + 3 });
                }
                else
                {
                    _indices.AddRange(new[] { start, start + 2, start + 1, start, start + 3, start + 2 });
                }
            }
        }

        return this;
    }

    /// <summary>An equilateral triangular prism along +Z (side <paramref name="side"/>), tapering to <paramref name="tipScale"/> at z0.</summary>
    public MeshBuilder TriangularPrism(float z0, float z1, float side, float tipScale = 1f)
    {
        var r = side / MathF.Sqrt(3f);
        var ring0 = new Vector3[3];
        var ring1 = new Vector3[3];
        for (var i = 0; i < 3; i++)
        {
            var a = 2 * MathF.PI * i / 3 + MathF.PI / 2;
            ring1[i] = new Vector3(MathF.Cos(a) * r, MathF.Sin(a) * r, z1);
            ring0[i] = new Vector3(MathF.Cos(a) * r * tipScale, MathF.Sin(a) * r * tipScale, z0);
        }

        for (var i = 0; i < 3; i++)
        {
            var j = (i + 1) % 3;
            var n = Vector3.Normalize(Vector3.Cross(ring1[j] - ring0[i], ring1[i] - ring0[i]));
            if (Vector3.Dot(n, (ring0[i] + ring0[j]) / 2 - new Vector3(0, 0, z0)) < 0)
            {
                n = -n;
            }

            var s = (uint)_positions.Count;
            Add(ring0[i], n);
            Add(ring0[j], n);
            Add(ring1[j], n);
            Add(ring1[i], n);
            _indices.AddRange(new[] { s, s + 1, s + 2, s, s + 2, s + 3 });
        }

        Triangle(ring1[0], ring1[1], ring1[2], Vector3.UnitZ);
        Triangle(ring0[0], ring0[2], ring0[1], -Vector3.UnitZ);
        return this;
    }

    /// <summary>Part of a torus in the XZ plane around the Y axis... centred at <paramref name="centre"/>, from angle a0 to a1 (radians).</summary>
    public MeshBuilder TorusArc(Vector3 centre, float major, float minor, float a0, float a1, int segments = 24, int sides = 10)
    {
        var start = (uint)_positions.Count;
        for (var i = 0; i <= segments; i++)
        {
            var a = a0 + (a1 - a0) * i / segments;
            var ring = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            for (var j = 0; j <= sides; j++)
            {
                var b = 2 * MathF.PI * j / sides;
                var n = ring * MathF.Cos(b) + Vector3.UnitY * MathF.Sin(b);
                Add(centre + ring * major + n * minor, n);
            }
        }

        var stride = (uint)(sides + 1);
        for (var i = 0; i < segments; i++)
        {
            for (var j = 0; j < sides; j++)
            {
                var p = start + (uint)i * stride + (uint)j;
                _indices.AddRange(new[] { p, p + 1, p + stride, p + 1, p + stride + 1, p + stride });
            }
        }

        return this;
    }

    private void Triangle(Vector3 a, Vector3 b, Vector3 c, Vector3 n)
    {
        var s = (uint)_positions.Count;
        Add(a, n);
        Add(b, n);
        Add(c, n);
        _indices.AddRange(new[] { s, s + 1, s + 2 });
    }

    private void Add(Vector3 p, Vector3 n)
    {
        _positions.Add(p);
        _normals.Add(n);
    }

    private static float Component(Vector3 v, int axis) => axis switch { 0 => v.X, 1 => v.Y, _ => v.Z };
}
