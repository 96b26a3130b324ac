using System.Numerics;
using System.Runtime.CompilerServices;

namespace Simulator.Anatomy;

/// <summary>An edge u &lt; v as it was when queued: its cost, its vertices' versions, and its merged vertex once moved onto the surface.</summary>
internal readonly struct Candidate
{
    public Candidate(double cost, int u, int v, int versionU, int versionV, Vector3? onSurface = null)
    {
        (Cost, U, V, VersionU, VersionV) = (cost, u, v, versionU, versionV);
        (OnSurface, HasOnSurface) = (onSurface ?? default, onSurface.HasValue);
    }

    public double Cost { get; }

    public int U { get; }

    public int V { get; }

    public int VersionU { get; }

    public int VersionV { get; }

    public Vector3 OnSurface { get; }

    public bool HasOnSurface { get; }

    public Candidate WithCost(double cost, Vector3 onSurface) => new(cost, U, V, VersionU, VersionV, onSurface);
}

/// <summary>
/// A binary min-heap of <see cref="Candidate"/>s ordered by cost, then u, then v.
/// </summary>
/// <remarks>
/// Written out rather than <see cref="PriorityQueue{TElement, TPriority}"/> so that it is compiled optimised from
/// its first call like the rest of the decimator (a generic BCL instantiation over a struct of ours would start
/// unoptimised), and so that an entry is one small struct.
/// </remarks>
internal sealed class CollapseQueue
{
    private Candidate[] _heap = new Candidate[1024];

    public int Count { get; private set; }

    public double PeekCost => Count > 0 ? _heap[0].Cost : double.PositiveInfinity;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Push(in Candidate candidate)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Before(candidate, _heap[parent]))
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = candidate;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryPop(out Candidate candidate)
    {
        if (Count == 0)
        {
            candidate = default;
            return false;
        }

        candidate = _heap[0];
        var last = _heap[--Count];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], last))
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        if (Count > 0)
        {
            _heap[i] = last;
        }

        return true;
    }

    private static bool Before(in Candidate a, in Candidate b) =>
        a.Cost < b.Cost || (a.Cost == b.Cost && (a.U < b.U || (a.U == b.U && a.V < b.V)));
}
