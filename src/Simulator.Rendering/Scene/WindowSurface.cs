using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.Rendering.Scene;

/// <summary>
/// The outer table over and around an iliac window as a height field above the window's plane, and the meshes draped on it: the
/// window's floor, its cut rim, curetted swaths, the block's face, and closed solids for the C-arm.
/// </summary>
/// <remarks>
/// The bone mesh itself is never cut; the window is drawn as dark floor on the surface with a bright rim, which reads as a hole,
/// and as a solid of negative density for the C-arm. Heights are picked once per window (a few hundred rays), never per frame.
/// </remarks>
public sealed class WindowSurface
{
    /// <summary>How far around the window the heights reach (the rim lies there), mm.</summary>
    public const float MarginMm = 3f;

    private const float StepAlongMm = 2f;
    private const float StepAcrossMm = 1f;

    private readonly float[,] _heights;
    private readonly float _u0;
    private readonly float _v0;

    public WindowSurface(Pelvis pelvis, WindowShape shape)
    {
        Shape = shape;
        _u0 = -shape.LengthMm / 2 - MarginMm;
        _v0 = -shape.WidthMm / 2 - MarginMm;
        var nu = (int)MathF.Ceiling((shape.LengthMm + 2 * MarginMm) / StepAlongMm) + 1;
        var nv = (int)MathF.Ceiling((shape.WidthMm + 2 * MarginMm) / StepAcrossMm) + 1;
        _heights = new float[nu, nv];
        for (var i = 0; i < nu; i++)
        {
            for (var j = 0; j < nv; j++)
            {
                var p = shape.At(_u0 + i * StepAlongMm, _v0 + j * StepAcrossMm);
                var hit = pelvis.Pick(p + shape.Normal * 40f, -shape.Normal);
                var h = hit is null ? 0f : Vector3.Dot(hit.Point - shape.Centre, shape.Normal);
                // Only the outer table near the plane: a miss, or a hit on deeper bone, keeps the plane.
                _heights[i, j] = h is > -8f and < 40f ? h : 0f;
            }
        }

        var top = float.MinValue;
        foreach (var h in _heights)
        {
            top = MathF.Max(top, h);
        }

        TopMm = top;
    }

    public WindowShape Shape { get; }

    /// <summary>The highest point of the outer table over the window and its margin, above the plane, mm.</summary>
    public float TopMm { get; }

    /// <summary>Height of the outer table above the plane at window coordinates (<paramref name="u"/>, <paramref name="v"/>), interpolated.</summary>
    public float Height(float u, float v)
    {
        var x = Math.Clamp((u - _u0) / StepAlongMm, 0, _heights.GetLength(0) - 1.001f);
        var y = Math.Clamp((v - _v0) / StepAcrossMm, 0, _heights.GetLength(1) - 1.001f);
        var (i, j) = ((int)x, (int)y);
        var (fx, fy) = (x - i, y - j);
        var a = _heights[i, j] + (_heights[i + 1, j] - _heights[i, j]) * fx;
        var b = _heights[i, j + 1] + (_heights[i + 1, j + 1] - _heights[i, j + 1]) * fx;
        return a + (b - a) * fy;
    }

    /// <summary>The point on the outer table at window coordinates, lifted <paramref name="liftMm"/> out of it.</summary>
    public Vector3 OnSurface(float u, float v, float liftMm = 0f) => Shape.At(u, v) + Shape.Normal * (Height(u, v) + liftMm);

    /// <summary>An open surface facing out of the bone over the rectangles (window coordinates), <paramref name="liftMm"/> above the outer table.</summary>
    public Mesh Surface(IEnumerable<(float U0, float V0, float U1, float V1)> rects, float liftMm)
    {
        var mesh = new Builder();
        foreach (var (u0, v0, u1, v1) in rects)
        {
            var nu = Math.Max(1, (int)MathF.Ceiling((u1 - u0) / StepAlongMm));
            var nv = Math.Max(1, (int)MathF.Ceiling((v1 - v0) / StepAcrossMm));
            for (var i = 0; i < nu; i++)
            {
                for (var j = 0; j < nv; j++)
                {
                    var (a0, a1) = (u0 + (u1 - u0) * i / nu, u0 + (u1 - u0) * (i + 1) / nu);
                    var (b0, b1) = (v0 + (v1 - v0) * j / nv, v0 + (v1 - v0) * (j + 1) / nv);
                    mesh.Quad(OnSurface(a0, b0, liftMm), OnSurface(a1, b0, liftMm), OnSurface(a1, b1, liftMm), OnSurface(a0, b1, liftMm), Shape.Normal);
                }
            }
        }

        return mesh.ToMesh();
    }

    /// <summary>The four strips just outside the rectangle (window coordinates), <paramref name="widthMm"/> wide: the cut edge of the cortex.</summary>
    public static IEnumerable<(float, float, float, float)> Rim(float halfLength, float halfWidth, float widthMm) => new[]
    {
        (-halfLength - widthMm, -halfWidth - widthMm, halfLength + widthMm, -halfWidth),
        (-halfLength - widthMm, halfWidth, halfLength + widthMm, halfWidth + widthMm),
        (-halfLength - widthMm, -halfWidth, -halfLength, halfWidth),
        (halfLength, -halfWidth, halfLength + widthMm, halfWidth),
    };

    /// <summary>
    /// A closed solid over the rectangle (window coordinates): its top follows the outer table lowered by <paramref name="sinkMm"/>
    /// (raised by <paramref name="extraMm"/> over it), its bottom flat at <paramref name="bottomMm"/> below the plane. Outward winding, for the C-arm's density sums.
    /// </summary>
    public Mesh Solid(float u0, float v0, float u1, float v1, float sinkMm, float bottomMm, float extraMm = 0f)
    {
        var mesh = new Builder();
        var nu = Math.Max(1, (int)MathF.Ceiling((u1 - u0) / StepAlongMm));
        var nv = Math.Max(1, (int)MathF.Ceiling((v1 - v0) / StepAcrossMm));
        Vector3 Top(float u, float v) => OnSurface(u, v, extraMm - sinkMm);
        Vector3 Bottom(float u, float v) => Shape.At(u, v) - Shape.Normal * bottomMm;
        float U(int i) => u0 + (u1 - u0) * i / nu;
        float V(int j) => v0 + (v1 - v0) * j / nv;
        var centre = Shape.At((u0 + u1) / 2, (v0 + v1) / 2) - Shape.Normal * (bottomMm / 2);
        for (var i = 0; i < nu; i++)
        {
            for (var j = 0; j < nv; j++)
            {
                mesh.Quad(Top(U(i), V(j)), Top(U(i + 1), V(j)), Top(U(i + 1), V(j + 1)), Top(U(i), V(j + 1)), Shape.Normal);
                mesh.Quad(Bottom(U(i), V(j)), Bottom(U(i + 1), V(j)), Bottom(U(i + 1), V(j + 1)), Bottom(U(i), V(j + 1)), -Shape.Normal);
            }
        }

        // Side walls, each a strip of quads from the bottom edge up to the top edge.
        for (var i = 0; i < nu; i++)
        {
            foreach (var j in new[] { 0, nv })
            {
                mesh.Wall(Bottom(U(i), V(j)), Bottom(U(i + 1), V(j)), Top(U(i + 1), V(j)), Top(U(i), V(j)), centre);
            }
        }

        for (var j = 0; j < nv; j++)
        {
            foreach (var i in new[] { 0, nu })
            {
                mesh.Wall(Bottom(U(i), V(j)), Bottom(U(i), V(j + 1)), Top(U(i), V(j + 1)), Top(U(i), V(j)), centre);
            }
        }

        return mesh.ToMesh();
    }

    /// <summary>
    /// The part of the window a curette has cleared — every cell of <paramref name="cellMm"/> within <paramref name="reachMm"/> of a
    /// stroke — as strips draped <paramref name="liftMm"/> above the outer table.
    /// </summary>
    public Mesh Cleared(IEnumerable<Vector3[]> strokes, float reachMm, float cellMm, float liftMm)
    {
        var lines = strokes.Where(s => s.Length > 0).Select(s => s.Select(Shape.Coordinates).ToArray()).ToList();
        var (halfL, halfW) = (Shape.LengthMm / 2, Shape.WidthMm / 2);
        var rects = new List<(float, float, float, float)>();
        var columns = (int)MathF.Ceiling(2 * halfL / cellMm - 1e-3f);
        for (var v = -halfW; v < halfW - 1e-3f; v += cellMm)
        {
            var top = MathF.Min(v + cellMm, halfW);
            int? runStart = null;
            for (var i = 0; i <= columns; i++)
            {
                var u = -halfL + i * cellMm;
                var centre = new Vector2(MathF.Min(u + cellMm / 2, halfL), (v + top) / 2);
                var inside = i < columns && lines.Any(l => Near(l, centre, reachMm));
                if (inside)
                {
                    runStart ??= i;
                }
                else if (runStart is { } start)
                {
                    // A run of cleared cells ends here (the last column closes any run still open).
                    rects.Add((-halfL + start * cellMm, v, MathF.Min(u, halfL), top));
                    runStart = null;
                }
            }
        }

        return Surface(rects, liftMm);
    }

    /// <summary>True if <paramref name="q"/> lies within <paramref name="reach"/> of the polyline <paramref name="line"/>.</summary>
    public static bool Near(IReadOnlyList<Vector2> line, Vector2 q, float reach)
    {
        if (line.Count == 1)
        {
            return Vector2.Distance(line[0], q) <= reach;
        }

        for (var i = 1; i < line.Count; i++)
        {
            var a = line[i - 1];
            var ab = line[i] - a;
            var t = ab.LengthSquared() < 1e-6f ? 0 : Math.Clamp(Vector2.Dot(q - a, ab) / ab.LengthSquared(), 0, 1);
            if (Vector2.Distance(a + ab * t, q) <= reach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects quads with the winding their intended normal asks for.</summary>
    private sealed class Builder
    {
        private readonly List<Vector3> _positions = new();
        private readonly List<Vector3> _normals = new();
        private readonly List<uint> _indices = new();

        public void Quad(Vector3 a, Vector3 b, Vector3 c, Vector3 d, Vector3 normal)
        {
            var start = (uint)_positions.Count;
            foreach (var p in new[] { a, b, c, d })
            {
                _positions.Add(p);
                _normals.Add(normal);
            }

            var facing = Vector3.Dot(Vector3.Cross(b - a, c - a), normal) >= 0;
            _indices.AddRange(facing
                ? new[] { start, start + 1, start + 2, start, start + 2, start + 3 }
                : new[] { start, start + 2, start + 1, start, start + 3, start + 2 });
        }

        /// <summary>A side quad facing away from <paramref name="inside"/>.</summary>
        public void Wall(Vector3 a, Vector3 b, Vector3 c, Vector3 d, Vector3 inside)
        {
            var n = Vector3.Cross(b - a, d - a);
            if (n.LengthSquared() < 1e-10f)
            {
                return;
            }

            n = Vector3.Normalize(n);
            Quad(a, b, c, d, Vector3.Dot(n, (a + c) / 2 - inside) >= 0 ? n : -n);
        }

        public Mesh ToMesh() => new(_positions.ToArray(), _normals.ToArray(), _indices.ToArray());
    }
}
