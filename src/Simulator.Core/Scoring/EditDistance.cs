namespace Simulator.Core.Scoring;

/// <summary>Edit distances between sequences of symbols (step ids).</summary>
/// <remarks>
/// Order scoring uses the restricted Damerau–Levenshtein distance (optimal string alignment, OSA):
/// swapping two neighbouring steps is one mistake, not two. OSA is not a metric (it can break the
/// triangle inequality, e.g. CA → AC → ABC), which is harmless for scoring one attempt against one
/// reference; <see cref="Levenshtein{T}"/> is provided as the metric upper bound used in tests.
/// </remarks>
public static class EditDistance
{
    /// <summary>Optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Osa<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => OsaTable(a, b)[a.Count, b.Count];

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
        var eq = EqualityComparer<T>.Default;
        var d = OsaTable(a, b);
        var ops = new List<EditOperation>();
        int i = a.Count, j = b.Count;
        while (i > 0 || j > 0)
        {
            // Backtracking from the end, a reference item left undone is placed as late as an optimal alignment allows:
            // an attempt that stopped after two of three implant cycles matches cycles 1 and 2 and misses cycle 3.
            if (j > 0 && d[i, j] == d[i, j - 1] + 1)
            {
                ops.Add(new EditOperation(EditKind.Insert, null, j - 1));
                j--;
            }
            else if (i > 0 && j > 0 && eq.Equals(a[i - 1], b[j - 1]) && d[i, j] == d[i - 1, j - 1])
            {
                ops.Add(new EditOperation(EditKind.Match, i - 1, j - 1));
                i--;
                j--;
            }
            else if (IsTransposition(a, b, i, j, eq) && d[i, j] == d[i - 2, j - 2] + 1)
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

    private static bool IsTransposition<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, int i, int j, IEqualityComparer<T> eq) =>
        i > 1 && j > 1
        && eq.Equals(a[i - 1], b[j - 2])
        && eq.Equals(a[i - 2], b[j - 1])
        && !eq.Equals(a[i - 1], a[i - 2]);

    private static int[,] OsaTable<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var eq = EqualityComparer<T>.Default;
        var d = new int[a.Count + 1, b.Count + 1];
        for (var i = 0; i <= a.Count; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Count; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                var cost = eq.Equals(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (IsTransposition(a, b, i, j, eq))
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d;
    }
}
