using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

public class EditDistanceTests
{
    private static IReadOnlyList<char> L(string s) => s.ToCharArray();

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abcd", "acbd", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "axc", 1)]
    [InlineData("CA", "ABC", 3)]
    public void OsaKnownCases(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Osa(L(a), L(b)));
    }

    [Fact]
    public void TranspositionCostsOneUnderOsaButTwoUnderLevenshtein()
    {
        Assert.Equal(1, EditDistance.Osa(L("ab"), L("ba")));
        Assert.Equal(2, EditDistance.Levenshtein(L("ab"), L("ba")));
    }

    [Fact]
    public void OsaBreaksTheTriangleInequalityOnTheKnownCounterexample()
    {
        // CA -> AC is one transposition, AC -> ABC one insertion, but OSA may not edit the
        // transposed pair again, so CA -> ABC costs 3 (true Damerau-Levenshtein would give 2).
        var ca = L("CA");
        var ac = L("AC");
        var abc = L("ABC");
        Assert.Equal(1, EditDistance.Osa(ca, ac));
        Assert.Equal(1, EditDistance.Osa(ac, abc));
        Assert.Equal(3, EditDistance.Osa(ca, abc));
        Assert.True(EditDistance.Osa(ca, abc) > EditDistance.Osa(ca, ac) + EditDistance.Osa(ac, abc));
    }

    [Fact]
    public void AlignmentNamesTheSwapTheExtraAndTheMissingSymbol()
    {
        var performed = new[] { "incision", "position", "pin", "drill", "freehand-drill", "pin", "drill" };
        var reference = new[] { "position", "incision", "pin", "drill", "pin", "drill", "close" };

        var ops = EditDistance.Align(performed, reference);

        Assert.Equal(
            new[]
            {
                new EditOperation(EditKind.Transpose, 0, 0),
                new EditOperation(EditKind.Match, 2, 2),
                new EditOperation(EditKind.Match, 3, 3),
                new EditOperation(EditKind.Delete, 4, null),
                new EditOperation(EditKind.Match, 5, 4),
                new EditOperation(EditKind.Match, 6, 5),
                new EditOperation(EditKind.Insert, null, 6),
            },
            ops);
    }

    [Fact]
    public void AlignmentPrefersSubstitutionOverDeleteAndInsert()
    {
        var ops = EditDistance.Align(new[] { "drill" }, new[] { "pin" });

        Assert.Equal(new[] { new EditOperation(EditKind.Substitute, 0, 0) }, ops);
    }

    [Fact]
    public void An_attempt_that_stops_early_misses_the_last_cycle_not_the_first()
    {
        var cycle = new[] { "pin", "drill", "implant" };
        var performed = cycle.Concat(cycle).ToList();
        var reference = cycle.Concat(cycle).Concat(cycle).ToList();
        var ops = EditDistance.Align(performed, reference);
        Assert.Equal(new int?[] { 6, 7, 8 }, ops.Where(o => o.Kind == EditKind.Insert).Select(o => o.IndexB).ToArray());
        Assert.All(ops.Where(o => o.Kind == EditKind.Match), o => Assert.Equal(o.IndexA, o.IndexB));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Distance_and_alignment_match_the_textbook_table_on_random_sequences(int seed)
    {
        var rng = new Random(seed);
        var symbols = new[] { "pin", "drill", "implant", "shot", "close", null };
        for (var n = 0; n < 200; n++)
        {
            var a = Enumerable.Range(0, rng.Next(25)).Select(_ => symbols[rng.Next(symbols.Length)]).ToList();
            var b = Enumerable.Range(0, rng.Next(25)).Select(_ => symbols[rng.Next(symbols.Length - 1)]).ToList();
            var ops = EditDistance.Align(a, b);

            Assert.Equal(TextbookOsa(a, b), EditDistance.Osa(a, b));
            Assert.Equal(EditDistance.Osa(a, b), ops.Sum(o => o.Cost));
            Assert.Equal(Enumerable.Range(0, a.Count).Select(i => (int?)i), ops.SelectMany(o => o.Kind == EditKind.Transpose ? new[] { o.IndexA, o.IndexA + 1 } : new[] { o.IndexA }).Where(i => i is not null));
            Assert.All(ops.Where(o => o.Kind == EditKind.Match), o => Assert.Equal(a[o.IndexA!.Value], b[o.IndexB!.Value]));
        }
    }

    /// <summary>The OSA recurrence written out directly over a two-dimensional table, symbols compared as they are.</summary>
    private static int TextbookOsa(IReadOnlyList<string?> a, IReadOnlyList<string?> b)
    {
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
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Count, b.Count];
    }
}
