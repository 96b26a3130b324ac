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
}
