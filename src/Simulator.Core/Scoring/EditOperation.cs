namespace Simulator.Core.Scoring;

/// <summary>One step of an alignment path, located by index in the performed (A) and reference (B) sequences.</summary>
/// <param name="Kind">What happened at this point of the alignment.</param>
/// <param name="IndexA">Index into the performed sequence, or null for an <see cref="EditKind.Insert"/>.</param>
/// <param name="IndexB">Index into the reference sequence, or null for a <see cref="EditKind.Delete"/>.</param>
/// <remarks>
/// A <see cref="EditKind.Transpose"/> covers two symbols on each side, starting at
/// <paramref name="IndexA"/> and <paramref name="IndexB"/>; indices (not values) are kept so the
/// debrief can line the alignment up with event times.
/// </remarks>
public sealed record EditOperation(EditKind Kind, int? IndexA, int? IndexB)
{
    /// <summary>What this operation adds to the edit distance (0 for a match, otherwise 1).</summary>
    /// <remarks>Every non-match operation costs exactly one, so the number of such operations equals the distance.</remarks>
    public int Cost => Kind == EditKind.Match ? 0 : 1;
}
