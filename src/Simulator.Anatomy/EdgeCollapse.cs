using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>
/// The working state of <see cref="MeshDecimator"/>: a triangle mesh that shrinks by edge collapses taken
/// cheapest first from a priority queue (Garland and Heckbert 1997).
/// </summary>
/// <remarks>
/// Each vertex carries the area-weighted quadric of the planes of the input triangles merged into it.
/// Queue entries are stamped with the versions of their two vertices; a collapse bumps the surviving vertex's
/// version and queues its edges at their new cost, so a stale entry is skipped when it comes up. An edge
/// refused for its neighbourhood is parked and queued again, at its cost, once a collapse changes the ring of
/// either of its vertices. The order is total (cost, then vertex numbers), so the same input always gives the
/// same output.
/// </remarks>
internal sealed partial class EdgeCollapse
{
    private readonly Vector3[] _position;
    private readonly Vector3[] _normal;
    private readonly Quadric[] _quadric;
    private readonly double[] _area;
    private readonly int[] _corner;
    private readonly bool[] _faceGone;
    private readonly List<int>[] _faces;
    private readonly int[] _version;
    private readonly bool[] _locked;
    private readonly bool[] _gone;
    private readonly Dictionary<long, (Candidate Candidate, (double Cost, int U, int V) Priority)> _parked = new();
    private readonly List<long>?[] _parkedAt;
    private readonly int[] _mark;
    private readonly bool[] _moved;
    private readonly Func<Vector3, float>? _sdf;
    private readonly float _maxError;
    private readonly float _gradientStep;
    private readonly PriorityQueue<Candidate, (double Cost, int U, int V)> _queue = new();
    private readonly List<int> _ringU = new(16);
    private readonly List<int> _ringV = new(16);
    private readonly List<int> _ring = new(16);
    private readonly List<int> _changed = new(16);
    private int _liveFaces;
    private int _stamp;

    /// <summary>Weight of <see cref="Bend"/> against the quadric.</summary>
    private const double BendWeight = 1.0;

    /// <summary>An edge u &lt; v as it was when queued; <paramref name="OnSurface"/> is its merged vertex once moved onto the surface.</summary>
    private readonly record struct Candidate(int U, int V, int VersionU, int VersionV, Vector3? OnSurface);

    public EdgeCollapse(Mesh mesh, Func<Vector3, float>? sdf, float maxErrorMm)
    {
        var n = mesh.Positions.Length;
        _position = (Vector3[])mesh.Positions.Clone();
        _normal = (Vector3[])mesh.Normals.Clone();
        _quadric = new Quadric[n];
        _area = new double[n];
        _corner = mesh.Indices.Select(i => (int)i).ToArray();
        _faceGone = new bool[_corner.Length / 3];
        _faces = new List<int>[n];
        _version = new int[n];
        _locked = new bool[n];
        _gone = new bool[n];
        _parkedAt = new List<long>?[n];
        _mark = new int[n];
        _moved = new bool[n];
        _sdf = sdf;
        _maxError = maxErrorMm;
        _liveFaces = _faceGone.Length;
        for (var v = 0; v < n; v++)
        {
            _faces[v] = new List<int>(12);
        }

        var edgeLength = 0.0;
        for (var f = 0; f < _faceGone.Length; f++)
        {
            var (a, b, c) = (_corner[3 * f], _corner[3 * f + 1], _corner[3 * f + 2]);
            _faces[a].Add(f);
            _faces[b].Add(f);
            _faces[c].Add(f);
            var cross = Vector3.Cross(_position[b] - _position[a], _position[c] - _position[a]);
            var area = cross.Length() / 2;
            if (area > 0)
            {
                var plane = Quadric.Plane(Vector3.Normalize(cross), _position[a], area);
                for (var k = 0; k < 3; k++)
                {
                    var v = _corner[3 * f + k];
                    _quadric[v] += plane;
                    _area[v] += area;
                }
            }

            edgeLength += Vector3.Distance(_position[a], _position[b]);
        }

        _gradientStep = _faceGone.Length > 0 ? (float)(0.1 * edgeLength / _faceGone.Length) : 0.1f;
        LockIrregularVertices();

        for (var v = 0; v < n; v++)
        {
            _gone[v] = _faces[v].Count == 0;
        }
    }

    /// <summary>Collapses edges, cheapest first, until at most <paramref name="targetFaces"/> triangles remain or no edge may go.</summary>
    public void Run(int targetFaces)
    {
        for (var v = 0; v < _position.Length; v++)
        {
            if (_gone[v] || _locked[v])
            {
                continue;
            }

            Neighbours(v, _ring);
            foreach (var w in _ring)
            {
                if (w > v && !_locked[w])
                {
                    Enqueue(v, w);
                }
            }
        }

        while (_liveFaces > Math.Max(targetFaces, 4) && _queue.TryDequeue(out var c, out var priority))
        {
            if (!IsCurrent(c))
            {
                continue;
            }

            if (!LinkConditionHolds(c.U, c.V))
            {
                Park(c, priority);
                continue;
            }

            var p = c.OnSurface ?? Placement(c.U, c.V).Position;
            if (_sdf is not null && c.OnSurface is null)
            {
                p = Project(p, c.U, c.V);
                var cost = (_quadric[c.U] + _quadric[c.V]).Evaluate(p) + Bend(c.U, c.V);
                if (_queue.TryPeek(out _, out var next) && cost > next.Cost)
                {
                    // On the surface the collapse costs more than the next one in line: queue it again at its true cost.
                    _queue.Enqueue(c with { OnSurface = p }, (cost, priority.U, priority.V));
                    continue;
                }
            }

            var normal = InterpolatedNormal(c.U, c.V);
            if (!GeometryAllows(c.U, c.V, p, normal))
            {
                Park(c, priority);
                continue;
            }

            if (!WithinError(c.U, c.V, p))
            {
                Park(c, priority);
                continue;
            }

            Collapse(c.U, c.V, p, normal);
        }
    }

    /// <summary>The decimated mesh: surviving vertices in their input order, normals from the shape function's gradient or area-weighted.</summary>
    public Mesh ToMesh()
    {
        var index = new int[_position.Length];
        var positions = new List<Vector3>();
        for (var v = 0; v < _position.Length; v++)
        {
            index[v] = _gone[v] ? -1 : positions.Count;
            if (!_gone[v])
            {
                positions.Add(_position[v]);
            }
        }

        var indices = new List<uint>(_liveFaces * 3);
        for (var f = 0; f < _faceGone.Length; f++)
        {
            if (!_faceGone[f])
            {
                for (var k = 0; k < 3; k++)
                {
                    indices.Add((uint)index[_corner[3 * f + k]]);
                }
            }
        }

        var normals = new Vector3[positions.Count];
        if (_sdf is not null)
        {
            // A merged vertex takes the gradient where it landed; the others keep their input normals.
            var survivors = Enumerable.Range(0, _position.Length).Where(v => index[v] >= 0).ToArray();
            Parallel.For(0, survivors.Length, i =>
            {
                var v = survivors[i];
                normals[i] = _moved[v] ? SurfaceNormal(_position[v], _normal[v]) : _normal[v];
            });
        }
        else
        {
            for (var t = 0; t < indices.Count; t += 3)
            {
                var (a, b, c) = ((int)indices[t], (int)indices[t + 1], (int)indices[t + 2]);
                var weighted = Vector3.Cross(positions[b] - positions[a], positions[c] - positions[a]);
                normals[a] += weighted;
                normals[b] += weighted;
                normals[c] += weighted;
            }

            for (var v = 0; v < normals.Length; v++)
            {
                normals[v] = normals[v].LengthSquared() > 0 ? Vector3.Normalize(normals[v]) : Vector3.UnitZ;
            }
        }

        return new Mesh(positions.ToArray(), normals, indices.ToArray());
    }

    /// <summary>Merges <paramref name="v"/> into <paramref name="u"/> at <paramref name="p"/>, drops the two triangles on the edge and queues the edges around again.</summary>
    private void Collapse(int u, int v, Vector3 p, Vector3 normal)
    {
        _position[u] = p;
        _normal[u] = normal;
        _moved[u] = true;
        _quadric[u] += _quadric[v];
        _area[u] += _area[v];
        foreach (var f in _faces[v])
        {
            if (Has(f, u))
            {
                _faceGone[f] = true;
                _liveFaces--;
                for (var k = 0; k < 3; k++)
                {
                    var w = _corner[3 * f + k];
                    if (w != v)
                    {
                        RemoveFace(_faces[w], f);
                    }
                }
            }
            else
            {
                for (var k = 0; k < 3; k++)
                {
                    if (_corner[3 * f + k] == v)
                    {
                        _corner[3 * f + k] = u;
                    }
                }

                _faces[u].Add(f);
            }
        }

        _faces[v].Clear();
        _gone[v] = true;
        _version[v]++;
        _version[u]++;

        // The merged vertex's edges cost something new; edges refused before around it and its ring may pass now.
        Neighbours(u, _ring);
        _changed.Clear();
        _changed.AddRange(_ring);
        _changed.Add(u);
        foreach (var w in _changed)
        {
            Unpark(w);
        }

        if (!_locked[u])
        {
            foreach (var w in _ring)
            {
                if (!_locked[w])
                {
                    Enqueue(u, w);
                }
            }
        }
    }

    /// <summary>Sets aside a candidate refused for its neighbourhood, to queue again when that neighbourhood changes.</summary>
    private void Park(Candidate c, (double Cost, int U, int V) priority)
    {
        var key = ((long)c.U << 32) | (uint)c.V;
        if (_parked.TryAdd(key, (c, priority)))
        {
            (_parkedAt[c.U] ??= new List<long>(4)).Add(key);
            (_parkedAt[c.V] ??= new List<long>(4)).Add(key);
        }
    }

    private void Unpark(int w)
    {
        if (_parkedAt[w] is not { } keys)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (_parked.Remove(key, out var entry) && IsCurrent(entry.Candidate))
            {
                _queue.Enqueue(entry.Candidate, entry.Priority);
            }
        }

        keys.Clear();
    }

    private bool IsCurrent(Candidate c) =>
        !_gone[c.U] && !_gone[c.V] && _version[c.U] == c.VersionU && _version[c.V] == c.VersionV;

    private static void RemoveFace(List<int> faces, int face)
    {
        var last = faces.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            if (faces[i] == face)
            {
                faces[i] = faces[last];
                faces.RemoveAt(last);
                return;
            }
        }
    }

    private bool Has(int face, int vertex) =>
        _corner[3 * face] == vertex || _corner[3 * face + 1] == vertex || _corner[3 * face + 2] == vertex;

    /// <summary>The distinct vertices sharing a triangle with <paramref name="v"/>, in the order first met; they and v are left marked with the returned stamp.</summary>
    private int Neighbours(int v, List<int> ring)
    {
        ring.Clear();
        var stamp = ++_stamp;
        _mark[v] = stamp;
        foreach (var f in _faces[v])
        {
            for (var k = 0; k < 3; k++)
            {
                var w = _corner[3 * f + k];
                if (_mark[w] != stamp)
                {
                    _mark[w] = stamp;
                    ring.Add(w);
                }
            }
        }

        return stamp;
    }
}
