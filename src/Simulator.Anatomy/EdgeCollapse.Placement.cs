using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Where a collapse puts the merged vertex, and what the collapse costs.</summary>
internal sealed partial class EdgeCollapse
{
    /// <summary>Queues the edge a–b at its cost, stamped with its vertices' current versions.</summary>
    private void Enqueue(int a, int b)
    {
        var (u, v) = a < b ? (a, b) : (b, a);
        var (_, cost) = Placement(u, v);
        _queue.Enqueue(new Candidate(u, v, _version[u], _version[v], null), (cost, u, v));
    }

    /// <summary>
    /// Where the merged vertex goes and what it costs: the quadric's minimum if it lies within an edge length of the
    /// midpoint, else (or if cheaper) the midpoint or an endpoint; the cost is the quadric there plus <see cref="Bend"/>.
    /// </summary>
    private (Vector3 Position, double Cost) Placement(int u, int v)
    {
        var q = _quadric[u] + _quadric[v];
        var mid = (_position[u] + _position[v]) / 2;
        var best = mid;
        var bestCost = double.PositiveInfinity;
        if (q.Minimum(mid) is { } optimum && Vector3.DistanceSquared(optimum, mid) <= Vector3.DistanceSquared(_position[u], _position[v]))
        {
            (best, bestCost) = (optimum, q.Evaluate(optimum));
        }

        Consider(mid);
        Consider(_position[u]);
        Consider(_position[v]);
        return (best, bestCost + Bend(u, v));

        void Consider(Vector3 p)
        {
            var cost = q.Evaluate(p);
            if (cost < bestCost)
            {
                (best, bestCost) = (p, cost);
            }
        }
    }

    /// <summary>
    /// What the quadric misses: it measures how far the merged vertex lies from the old planes, not how far the
    /// surface bends across the larger triangles around it, which shows as smeared shading. Charged like a
    /// squared distance over the merged area: area × edge length² × (1 − cos of the angle between the normals).
    /// </summary>
    private double Bend(int u, int v) =>
        BendWeight * (_area[u] + _area[v]) * Vector3.DistanceSquared(_position[u], _position[v]) * (1 - Vector3.Dot(_normal[u], _normal[v]));

    /// <summary>Moves <paramref name="p"/> onto the zero set along the edge's mean normal (secant steps); keeps it if that does not bring it closer.</summary>
    private Vector3 Project(Vector3 p, int u, int v)
    {
        var sdf = _sdf!;
        var direction = InterpolatedNormal(u, v);
        var limit = Vector3.Distance(_position[u], _position[v]);
        var (s0, f0) = (0f, sdf(p));
        var (best, bestF) = (p, MathF.Abs(f0));
        var s1 = f0;
        for (var i = 0; i < 4 && bestF > 1e-3f && MathF.Abs(s1) <= limit; i++)
        {
            var q = p - direction * s1;
            var f1 = sdf(q);
            if (MathF.Abs(f1) < bestF)
            {
                (best, bestF) = (q, MathF.Abs(f1));
            }

            if (f1 == f0)
            {
                break;
            }

            (s0, f0, s1) = (s1, f1, s1 - f1 * (s1 - s0) / (f1 - f0));
        }

        return best;
    }

    /// <summary>
    /// The unit gradient of the shape function at <paramref name="p"/> from four samples at the corners of a
    /// tetrahedron around it (as accurate as central differences, with four samples instead of six), or
    /// <paramref name="fallback"/> where it vanishes.
    /// </summary>
    private Vector3 SurfaceNormal(Vector3 p, Vector3 fallback)
    {
        var sdf = _sdf!;
        var h = _gradientStep;
        var (a, b, c, d) = (new Vector3(1, -1, -1), new Vector3(-1, -1, 1), new Vector3(-1, 1, -1), new Vector3(1, 1, 1));
        var g = a * sdf(p + a * h) + b * sdf(p + b * h) + c * sdf(p + c * h) + d * sdf(p + d * h);
        return g.LengthSquared() > 0 ? Vector3.Normalize(g) : fallback;
    }

    private Vector3 InterpolatedNormal(int u, int v)
    {
        var sum = _normal[u] + _normal[v];
        return sum.LengthSquared() > 1e-12f ? Vector3.Normalize(sum) : _normal[u];
    }
}
