using FsCheck;
using FsCheck.Fluent;

namespace Simulator.Core.Tests.Scoring;

/// <summary>FsCheck arbitraries: short sequences of ids over a four-letter alphabet, so repeats and swaps are common.</summary>
public static class IdSequences
{
    public static Arbitrary<string[]> Ids() =>
        Gen.Elements("a", "b", "c", "d")
            .ArrayOf()
            .Select(a => a.Take(12).ToArray())
            .ToArbitrary();
}
