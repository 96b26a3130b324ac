using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The tests a collapse must pass: topology (the link condition), geometry (no fold, no sliver, no face turned from the surface) and the error bound.</summary>
internal sealed partial class EdgeCollapse
{
    /// <summary>A new triangle may turn at most this far from the one it replaces (cos 80°): further is a fold.</summary>
    private const float MinTurnCos = 0.17f;

    /// <summary>A new triangle must face within this of each corner's surface normal (cos 60°).</summary>
    private const float MinNormalCos = 0.5f;

    /// <summary>Two edges at the merged vertex closer to parallel than this (≈2.6°) make a sliver; allowed only where the triangle was already thinner there.</summary>
    private const float MaxEdgeCos = 0.999f;

    /// <summary>A vertex further than this from the zero set (mm) is not on the surface (a cap where the shape met the sampling bounds, or a vertex that did not settle): it stays.</summary>
    private const float OnSurfaceMm = 0.05f;

    /// <summary>
    /// Locks what must not move: vertices on an edge that is open, overused or run the same way by both its
    /// triangles, vertices whose triangles form more than one fan, and (with a shape function) vertices off its
    /// surface. Boundaries and non-manifold spots are thereby kept exactly as they are.
    /// </summary>
    private void LockIrregularVertices()
    {
        for (var v = 0; v < _position.Length; v++)
        {
            _locked[v] = _faces[v].Count > 0 && !IsClosedFan(v);
        }

        if (_sdf is { } sdf)
        {
            Parallel.For(0, _position.Length, v =>
            {
                if (_faces[v].Count > 0 && !(MathF.Abs(sdf(_position[v])) <= OnSurfaceMm))
                {
                    _locked[v] = true;
                }
            });
        }
    }

    /// <summary>
    /// Whether every edge at <paramref name="v"/> has exactly one triangle running out along it and one running back,
    /// and walking from triangle to triangle across those edges visits them all: a disc around v.
    /// </summary>
    private bool IsClosedFan(int v)
    {
        var faces = _faces[v];
        var count = faces.Count;
        Span<int> next = count <= 64 ? stackalloc int[count] : new int[count];
        Span<int> previous = count <= 64 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            (next[i], previous[i]) = (Next(faces[i], v), Previous(faces[i], v));
        }

        for (var i = 0; i < count; i++)
        {
            var (outward, back) = (0, 0);
            for (var j = 0; j < count; j++)
            {
                outward += next[j] == next[i] ? 1 : 0;
                back += previous[j] == next[i] ? 1 : 0;
            }

            if (outward != 1 || back != 1)
            {
                return false;
            }
        }

        // The edge leaving v in one triangle enters v in the next triangle of the fan.
        var at = 0;
        for (var visited = 1; visited < count; visited++)
        {
            at = previous.IndexOf(next[at]);
            if (at == 0)
            {
                return false;
            }
        }

        return previous[0] == next[at];
    }

    private int Next(int face, int v)
    {
        var k = _corner[3 * face] == v ? 0 : _corner[3 * face + 1] == v ? 1 : 2;
        return _corner[3 * face + (k + 1) % 3];
    }

    private int Previous(int face, int v)
    {
        var k = _corner[3 * face] == v ? 0 : _corner[3 * face + 1] == v ? 1 : 2;
        return _corner[3 * face + (k + 2) % 3];
    }

    /// <summary>
    /// The link condition (Dey et al. 1999) on a closed manifold: u and v share exactly two neighbours, the far
    /// corners of the two triangles on the edge, and neither of those is left with only two neighbours. Then the
    /// collapse keeps the surface a closed 2-manifold of the same genus.
    /// </summary>
    private bool LinkConditionHolds(int u, int v)
    {
        var wings = 0;
        var (c, d) = (-1, -1);
        foreach (var f in _faces[u])
        {
            if (Has(f, v))
            {
                var far = _corner[3 * f] + _corner[3 * f + 1] + _corner[3 * f + 2] - u - v;
                (c, d) = wings == 0 ? (far, d) : (c, far);
                wings++;
            }
        }

        if (wings != 2 || c == d || _faces[c].Count <= 3 || _faces[d].Count <= 3)
        {
            return false;
        }

        Neighbours(v, _ringV);
        var aroundU = Neighbours(u, _ringU);
        var shared = 0;
        foreach (var w in _ringV)
        {
            if (_mark[w] == aroundU && w != u && ++shared > 2)
            {
                return false;
            }
        }

        return shared == 2;
    }

    /// <summary>
    /// Every triangle that keeps u or v, redrawn with <paramref name="p"/> in their place, has area, no sliver
    /// at p, has not turned over (within <see cref="MinTurnCos"/> of its old normal) and faces the way the
    /// surface does at its corners (<see cref="MinNormalCos"/>).
    /// </summary>
    private bool GeometryAllows(int u, int v, Vector3 p, Vector3 normal)
    {
        return FacesAllow(u, v, p, normal) && FacesAllow(v, u, p, normal);
    }

    private bool FacesAllow(int moving, int other, Vector3 p, Vector3 normal)
    {
        foreach (var f in _faces[moving])
        {
            if (Has(f, other))
            {
                continue;
            }

            var k = _corner[3 * f] == moving ? 0 : _corner[3 * f + 1] == moving ? 1 : 2;
            var b = _corner[3 * f + (k + 1) % 3];
            var c = _corner[3 * f + (k + 2) % 3];
            var (pb, pc) = (_position[b], _position[c]);
            var before = Vector3.Cross(pb - _position[moving], pc - _position[moving]);
            var after = Vector3.Cross(pb - p, pc - p);
            var length = after.Length();
            if (!(length > 2 * MeshTopology.MinAreaMm2 * 100))
            {
                return false;
            }

            if (SliverCos(p, pb, pc) > MaxEdgeCos && SliverCos(p, pb, pc) > SliverCos(_position[moving], pb, pc))
            {
                return false;
            }

            var unit = after / length;
            var beforeLength = before.Length();
            if (beforeLength > 0 && Vector3.Dot(unit, before) < MinTurnCos * beforeLength)
            {
                return false;
            }

            if (Vector3.Dot(unit, normal) < MinNormalCos || Vector3.Dot(unit, _normal[b]) < MinNormalCos || Vector3.Dot(unit, _normal[c]) < MinNormalCos)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>|cos| of the angle at <paramref name="p"/> between its edges to <paramref name="b"/> and <paramref name="c"/>: 1 for a sliver.</summary>
    private static float SliverCos(Vector3 p, Vector3 b, Vector3 c)
    {
        var (e1, e2) = (b - p, c - p);
        var lengths = e1.Length() * e2.Length();
        return lengths > 0 ? MathF.Abs(Vector3.Dot(e1, e2)) / lengths : 1f;
    }

    /// <summary>
    /// The error bound: with a shape function, the surface lies within it of each new triangle's centroid and of
    /// the midpoint of each new edge at p; without one, the area-weighted RMS distance from p to the planes of the
    /// input triangles merged into it is within it.
    /// </summary>
    private bool WithinError(int u, int v, Vector3 p)
    {
        if (float.IsPositiveInfinity(_maxError))
        {
            return true;
        }

        if (_sdf is null)
        {
            var q = _quadric[u] + _quadric[v];
            var area = _area[u] + _area[v];
            return area <= 0 || Math.Sqrt(q.Evaluate(p) / area) <= _maxError;
        }

        return FacesWithinError(u, v, p) && FacesWithinError(v, u, p);
    }

    private bool FacesWithinError(int moving, int other, Vector3 p)
    {
        var sdf = _sdf!;
        foreach (var f in _faces[moving])
        {
            if (Has(f, other))
            {
                continue;
            }

            var k = _corner[3 * f] == moving ? 0 : _corner[3 * f + 1] == moving ? 1 : 2;
            var b = _position[_corner[3 * f + (k + 1) % 3]];
            var c = _position[_corner[3 * f + (k + 2) % 3]];
            if (!(MathF.Abs(sdf((p + b + c) / 3)) <= _maxError) || !(MathF.Abs(sdf((p + b) / 2)) <= _maxError))
            {
                return false;
            }
        }

        return true;
    }
}
