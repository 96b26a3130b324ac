namespace Simulator.Core.Scoring;

/// <summary>The order part of a score: sequence similarity, precedence adherence, the two sequences and timings.</summary>
/// <param name="EditDistance">OSA distance between performed and reference.</param>
/// <param name="Similarity">1 − distance / max(length performed, length reference); 1 if both are empty.</param>
/// <param name="PrecedenceViolations">Closure pairs (a before b), both performed, whose first occurrences are reversed.</param>
/// <param name="ComparablePairs">Closure pairs with both steps performed.</param>
/// <param name="Adherence">1 − violations / comparable pairs; 1 if none are comparable.</param>
/// <param name="Performed">Performed ids in order, distractors included, refused events excluded.</param>
/// <param name="Reference">Expanded reference ids, optional steps that were not performed left out.</param>
/// <param name="TimeTotalSeconds">The <c>at</c> of the last performed event (0 if none).</param>
/// <param name="TimePerEvent">Time per performed event.</param>
/// <remarks>Both sequences are kept so a debrief or grader can recompute the alignment independently.</remarks>
public sealed record OrderScore(
    int EditDistance,
    double Similarity,
    int PrecedenceViolations,
    int ComparablePairs,
    double Adherence,
    IReadOnlyList<string> Performed,
    IReadOnlyList<string> Reference,
    double TimeTotalSeconds,
    IReadOnlyList<TimedEvent> TimePerEvent)
{
    /// <summary>C-arm shots: performed events whose step or distractor has <c>action: imaging</c> (every shot is radiation).</summary>
    public int ShotsTaken { get; init; }

    /// <summary>Imaging steps that repeated the previous shot's view with nothing done in between (reported, not charged).</summary>
    public int RedundantShots { get; init; }

    /// <summary>Danger structures entered (each is also a critical error of kind <c>breach</c>).</summary>
    public int Breaches { get; init; }
}
