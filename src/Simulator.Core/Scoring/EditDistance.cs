using System.Buffers;

namespace Simulator.Core.Scoring;

/// <summary>Edit distances between sequences of symbols (step ids).</summary>
/// <remarks>
/// Order scoring uses the restricted Damerau–Levenshtein distance (optimal string alignment, OSA):
/// swapping two neighbouring steps is one mistake, not two. OSA is not a metric (it can break the
/// triangle inequality, e.g. CA → AC → ABC), which is harmless for scoring one attempt against one
/// reference; <see cref="Levenshtein{T}"/> is provided as the metric upper bound used in tests.
/// The OSA table is filled over small integers standing for the symbols (equal symbols, equal integers) in a buffer borrowed
/// from the shared pool, so a long attempt costs neither a string comparison per cell nor a large new table per score.
/// </remarks>
public static class EditDistance
{
    /// <summary>Optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Osa<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var (x, y) = Symbols(a, b);
        using var d = new OsaTable(x, y);
        return d[x.Length, y.Length];
    }

    /// <summary>Plain Levenshtein distance (insert, delete, substitute).</summary>
    /// <remarks>A true metric and never smaller than <see cref="Osa{T}"/>; used to state the triangle bound.</remarks>
    public static int Levenshtein<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var eq = EqualityComparer<T>.Default;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var cost = eq.Equals(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    /// <summary>One optimal OSA alignment of <paramref name="a"/> (performed) onto <paramref name="b"/> (reference), in order.</summary>
    /// <remarks>
    /// Backtracks the OSA table preferring match, then transposition, substitution, deletion and
    /// insertion, so ties resolve the same way every time and the debrief is reproducible. The
    /// number of non-match operations equals <see cref="Osa{T}"/>.
    /// </remarks>
    public static IReadOnlyList<EditOperation> Align<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var (x, y) = Symbols(a, b);
        using var d = new OsaTable(x, y);
        var ops = new List<EditOperation>();
        int i = x.Length, j = y.Length;
        while (i > 0 || j > 0)
        {
            // Backtracking from the end, a reference item left undone is placed as late as an optimal alignment allows:
            // an attempt that stopped after two of three implant cycles matches cycles 1 and 2 and misses cycle 3.
            if (j > 0 && d[i, j] == d[i, j - 1] + 1)
            {
                ops.Add(new EditOperation(EditKind.Insert, null, j - 1));
                j--;
            }
            else if (i > 0 && j > 0 && x[i - 1] == y[j - 1] && d[i, j] == d[i - 1, j - 1])
            {
                ops.Add(new EditOperation(EditKind.Match, i - 1, j - 1));
                i--;
                j--;
            }
            else if (IsTransposition(x, y, i, j) && d[i, j] == d[i - 2, j - 2] + 1)
            {
                ops.Add(new EditOperation(EditKind.Transpose, i - 2, j - 2));
                i -= 2;
                j -= 2;
            }
            else if (i > 0 && j > 0 && d[i, j] == d[i - 1, j - 1] + 1)
            {
                ops.Add(new EditOperation(EditKind.Substitute, i - 1, j - 1));
                i--;
                j--;
            }
            else if (i > 0 && d[i, j] == d[i - 1, j] + 1)
            {
                ops.Add(new EditOperation(EditKind.Delete, i - 1, null));
                i--;
            }
            else
            {
                ops.Add(new EditOperation(EditKind.Insert, null, j - 1));
                j--;
            }
        }

        ops.Reverse();
        return ops;
    }

    /// <summary>Both sequences as integers, one per distinct symbol (equal by <see cref="EqualityComparer{T}.Default"/>, null included).</summary>
    private static (int[] A, int[] B) Symbols<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ids = new Dictionary<Symbol<T>, int>();
        int[] Numbered(IReadOnlyList<T> items)
        {
            var numbers = new int[items.Count];
            for (var i = 0; i < numbers.Length; i++)
            {
                var symbol = new Symbol<T>(items[i]);
                if (!ids.TryGetValue(symbol, out numbers[i]))
                {
                    ids[symbol] = numbers[i] = ids.Count;
                }
            }

            return numbers;
        }

        return (Numbered(a), Numbered(b));
    }

    private static bool IsTransposition(int[] a, int[] b, int i, int j) =>
        i > 1 && j > 1
        && a[i - 1] == b[j - 2]
        && a[i - 2] == b[j - 1]
        && a[i - 1] != a[i - 2];

    /// <summary>The OSA table d[i, j] (distance between the first i of a and the first j of b), in a pooled buffer returned on dispose.</summary>
    private readonly struct OsaTable : IDisposable
    {
        private readonly int[] _cells;
        private readonly int _width;

        public OsaTable(int[] a, int[] b)
        {
            _width = b.Length + 1;
            _cells = ArrayPool<int>.Shared.Rent(checked((a.Length + 1) * _width));
            for (var i = 0; i <= a.Length; i++)
            {
                this[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                this[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(this[i - 1, j] + 1, this[i, j - 1] + 1), this[i - 1, j - 1] + cost);
                    if (IsTransposition(a, b, i, j))
                    {
                        best = Math.Min(best, this[i - 2, j - 2] + 1);
                    }

                    this[i, j] = best;
                }
            }
        }

        public int this[int i, int j]
        {
            get => _cells[i * _width + j];
            private set => _cells[i * _width + j] = value;
        }

        public void Dispose() => ArrayPool<int>.Shared.Return(_cells);
    }

    /// <summary>A symbol as a dictionary key (null too), equal as <see cref="EqualityComparer{T}.Default"/> says.</summary>
    private readonly record struct Symbol<T>(T Item);
}
