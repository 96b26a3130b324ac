using FsCheck.Xunit;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

[Properties(Arbitrary = new[] { typeof(IdSequences) }, MaxTest = 300)]
public class EditDistanceProperties
{
    [Property]
    public bool Symmetric(string[] a, string[] b) =>
        EditDistance.Osa(a, b) == EditDistance.Osa(b, a);

    [Property]
    public bool ZeroExactlyWhenEqual(string[] a, string[] b) =>
        (EditDistance.Osa(a, b) == 0) == a.SequenceEqual(b) && EditDistance.Osa(a, a) == 0;

    [Property]
    public bool AtMostTheLongerLength(string[] a, string[] b) =>
        EditDistance.Osa(a, b) <= Math.Max(a.Length, b.Length);

    [Property]
    public bool AtLeastTheLengthDifference(string[] a, string[] b) =>
        EditDistance.Osa(a, b) >= Math.Abs(a.Length - b.Length);

    [Property]
    public bool NeverMoreThanLevenshtein(string[] a, string[] b) =>
        EditDistance.Osa(a, b) <= EditDistance.Levenshtein(a, b);

    /// <summary>
    /// The triangle inequality through the Levenshtein metric: OSA itself is not a metric (see the
    /// CA/AC/ABC unit test), but it is bounded by Levenshtein, which is.
    /// </summary>
    [Property]
    public bool TriangleInequalityViaLevenshtein(string[] a, string[] b, string[] c) =>
        EditDistance.Osa(a, c) <= EditDistance.Levenshtein(a, b) + EditDistance.Levenshtein(b, c)
        && EditDistance.Levenshtein(a, c) <= EditDistance.Levenshtein(a, b) + EditDistance.Levenshtein(b, c);

    [Property]
    public bool AlignmentCostEqualsDistanceAndCoversBothSequences(string[] a, string[] b)
    {
        var ops = EditDistance.Align(a, b);
        var coveredA = new List<int>();
        var coveredB = new List<int>();
        foreach (var op in ops)
        {
            var width = op.Kind == EditKind.Transpose ? 2 : 1;
            if (op.IndexA is { } i)
            {
                coveredA.AddRange(Enumerable.Range(i, width));
            }

            if (op.IndexB is { } j)
            {
                coveredB.AddRange(Enumerable.Range(j, width));
            }

            var consistent = op.Kind switch
            {
                EditKind.Match => a[op.IndexA!.Value] == b[op.IndexB!.Value],
                EditKind.Substitute => a[op.IndexA!.Value] != b[op.IndexB!.Value],
                EditKind.Transpose => a[op.IndexA!.Value] == b[op.IndexB!.Value + 1] && a[op.IndexA.Value + 1] == b[op.IndexB.Value],
                _ => true,
            };
            if (!consistent)
            {
                return false;
            }
        }

        return ops.Sum(o => o.Cost) == EditDistance.Osa(a, b)
            && coveredA.SequenceEqual(Enumerable.Range(0, a.Length))
            && coveredB.SequenceEqual(Enumerable.Range(0, b.Length));
    }
}
