using Simulator.Core.Engine;

namespace Simulator.Core.Scoring;

/// <summary>The full assessment of one attempt.</summary>
/// <remarks>
/// Carries everything the JSON report and the debrief need, so neither has to rescore; see
/// docs/scoring.md for the contract.
/// </remarks>
public sealed class ScoreResult
{
    /// <summary>Weighted total, 0–100, rounded to 2 decimals.</summary>
    public required double Total { get; init; }

    /// <summary>Total ≥ pass mark and no critical error.</summary>
    public required bool Passed { get; init; }

    public required double PassMark { get; init; }

    public required OrderScore Order { get; init; }

    public required IReadOnlyList<StepCount> Omitted { get; init; }

    public required IReadOnlyList<StepCount> Repeated { get; init; }

    public required IReadOnlyList<ExtraAction> Extras { get; init; }

    public required IReadOnlyList<CriticalError> CriticalErrors { get; init; }

    public required IReadOnlyList<TechniqueEntry> Technique { get; init; }

    public required IReadOnlyList<Deduction> Deductions { get; init; }

    /// <summary>Unrounded component scores (0–1).</summary>
    public required ComponentScores Components { get; init; }

    /// <summary>Performed beside reference, row by row (a swap is two rows); what every debrief renders.</summary>
    public required IReadOnlyList<TimelineRow> Timeline { get; init; }

    /// <summary>The events scored, with the engine's verdicts (refused ones included but not performed).</summary>
    public required IReadOnlyList<EventVerdict> Recorded { get; init; }

    /// <summary>Shorthand for <see cref="OrderScore.TimeTotalSeconds"/>.</summary>
    public double TimeTotalSeconds => Order.TimeTotalSeconds;

    /// <summary>Shorthand for <see cref="OrderScore.TimePerEvent"/>.</summary>
    public IReadOnlyList<TimedEvent> TimePerEvent => Order.TimePerEvent;
}
