using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Fills a cell loop with triangles wound like the loop (counter-clockwise seen from outside).</summary>
/// <remarks>
/// Ear clipping that prefers the shortest diagonal among ears facing the same way as the surface normals,
/// so no triangle shows its back to the camera (back-face culling would punch a pin-hole there). A loop
/// that spans an ambiguous face is fanned around a new vertex on the surface instead, so no diagonal can
/// be drawn twice by neighbouring cells.
/// </remarks>
internal sealed class LoopFill
{
    private readonly Func<Vector3, float> _sdf;
    private readonly float _voxel;
    private readonly List<Vector3> _positions;
    private readonly List<Vector3> _normals;
    private readonly List<int> _ring = new(12);

    public LoopFill(Func<Vector3, float> sdf, float voxel, List<Vector3> positions, List<Vector3> normals)
    {
        _sdf = sdf;
        _voxel = voxel;
        _positions = positions;
        _normals = normals;
    }

    public void Triangulate(CellLoop loop, List<uint> indices)
    {
        if (loop.SpansAmbiguousFace)
        {
            Fan(loop.Vertices, indices);
            return;
        }

        _ring.Clear();
        _ring.AddRange(loop.Vertices);
        while (_ring.Count > 3)
        {
            var best = -1;
            var bestScore = float.MaxValue;
            for (var e = 0; e < _ring.Count; e++)
            {
                var (a, b, c) = (_ring[(e + _ring.Count - 1) % _ring.Count], _ring[e], _ring[(e + 1) % _ring.Count]);
                var diagonal = Vector3.DistanceSquared(_positions[a], _positions[c]);
                // An ear that would face inward or has no area ranks after every good one.
                var score = FacesOut(a, b, c) ? diagonal : diagonal + 1e6f * _voxel * _voxel;
                if (score < bestScore)
                {
                    (best, bestScore) = (e, score);
                }
            }

            var prev = _ring[(best + _ring.Count - 1) % _ring.Count];
            var next = _ring[(best + 1) % _ring.Count];
            Emit(indices, prev, _ring[best], next);
            _ring.RemoveAt(best);
        }

        Emit(indices, _ring[0], _ring[1], _ring[2]);
    }

    private void Fan(int[] loop, List<uint> indices)
    {
        var mean = Vector3.Zero;
        foreach (var v in loop)
        {
            mean += _positions[v];
        }

        mean /= loop.Length;
        var centre = _positions.Count;
        _positions.Add(mean);
        _normals.Add(Sdf.Gradient(_sdf, mean, _voxel * 0.25f));

        // Pull the centre onto the surface, unless that would turn a triangle of the fan inside out.
        var p = mean;
        for (var iteration = 0; iteration < 2; iteration++)
        {
            var d = _sdf(p);
            if (MathF.Abs(d) > _voxel)
            {
                break;
            }

            p -= Sdf.Gradient(_sdf, p, _voxel * 0.25f) * d;
        }

        _positions[centre] = p;
        _normals[centre] = Sdf.Gradient(_sdf, p, _voxel * 0.25f);
        if (!FanFacesOut(loop, centre))
        {
            _positions[centre] = mean;
            _normals[centre] = Sdf.Gradient(_sdf, mean, _voxel * 0.25f);
        }

        for (var e = 0; e < loop.Length; e++)
        {
            Emit(indices, loop[e], loop[(e + 1) % loop.Length], centre);
        }
    }

    private bool FanFacesOut(int[] loop, int centre)
    {
        for (var e = 0; e < loop.Length; e++)
        {
            if (!FacesOut(loop[e], loop[(e + 1) % loop.Length], centre))
            {
                return false;
            }
        }

        return true;
    }

    private bool FacesOut(int a, int b, int c)
    {
        var face = Vector3.Cross(_positions[b] - _positions[a], _positions[c] - _positions[a]);
        return face.Length() >= 2 * MeshTopology.MinAreaMm2
            && Vector3.Dot(face, _normals[a] + _normals[b] + _normals[c]) > 0;
    }

    private static void Emit(List<uint> indices, int a, int b, int c)
    {
        indices.Add((uint)a);
        indices.Add((uint)b);
        indices.Add((uint)c);
    }
}
