using System.Globalization;
using Simulator.Core.Scenarios;

namespace Simulator.Records;

/// <summary>Where one trainee stands on one scenario against its <see cref="ProficiencyCriterion"/>.</summary>
/// <param name="Criterion">The criterion it was judged by.</param>
/// <param name="Attempts">Every recorded attempt, guided and assessment.</param>
/// <param name="Streak">Attempts that count, in a row, at the end of the record (guided practice skipped).</param>
/// <param name="ProficientAt">Index (oldest first) of the attempt that completed the first run of <c>Consecutive</c>, or null.</param>
/// <param name="ProficientBy">That attempt, or null.</param>
/// <param name="Last">The most recent attempts, oldest first (at most the number asked for).</param>
public sealed record ProficiencyState(ProficiencyCriterion Criterion, int Attempts, int Streak, int? ProficientAt, StoredSession? ProficientBy,
    IReadOnlyList<StoredSession> Last)
{
    public bool Proficient => ProficientAt is not null;

    /// <summary>The day (local) the trainee became proficient, or null.</summary>
    public DateOnly? ProficientSince => ProficientBy is { } s ? DateOnly.FromDateTime(s.Started.ToLocalTime().DateTime) : null;

    /// <summary>"Proficient since 2026-11-30 (attempt 7)", or "Proficiency: 2 of 3 clean assessment passes in a row" ("passes ≥ 85" with a bar).</summary>
    public string Summary => ProficientSince is { } since
        ? $"Proficient since {since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (attempt {ProficientAt + 1})"
        : $"Proficiency: {Streak} of {Criterion.Consecutive} clean assessment pass{(Criterion.Consecutive == 1 ? "" : "es")}"
          + (Criterion.MinTotal is { } n ? $" ≥ {n.ToString("0.##", CultureInfo.InvariantCulture)}" : "") + " in a row";
}

/// <summary>The one proficiency evaluator: the progress curve, the cohort page and the window all judge a record with it.</summary>
public static class Proficiency
{
    /// <summary>Judges <paramref name="oldestFirst"/> (one trainee's attempts at one scenario, in the order they were made).</summary>
    /// <param name="oldestFirst">The attempts, oldest first.</param>
    /// <param name="criterion">The scenario's criterion (<see cref="ProficiencyCriterion.Default"/> when unknown).</param>
    /// <param name="last">How many of the most recent attempts to keep in <see cref="ProficiencyState.Last"/>.</param>
    public static ProficiencyState Evaluate(IReadOnlyList<StoredSession> oldestFirst, ProficiencyCriterion criterion, int last = 5)
    {
        var run = 0;
        int? at = null;
        for (var i = 0; i < oldestFirst.Count; i++)
        {
            var s = oldestFirst[i];
            if (s.Mode != "assessment")
            {
                continue; // guided practice neither counts nor breaks the run
            }

            run = criterion.Counts(s.Mode, s.Total, s.Passed, s.CriticalErrors) ? run + 1 : 0;
            if (at is null && run >= criterion.Consecutive)
            {
                at = i;
            }
        }

        var recent = oldestFirst.Skip(Math.Max(0, oldestFirst.Count - Math.Max(0, last))).ToList();
        return new ProficiencyState(criterion, oldestFirst.Count, run, at, at is { } k ? oldestFirst[k] : null, recent);
    }

    /// <summary>The index (oldest first) of the attempt that made the trainee proficient, or null.</summary>
    public static int? ProficientAt(IReadOnlyList<StoredSession> oldestFirst, ProficiencyCriterion criterion) =>
        Evaluate(oldestFirst, criterion, 0).ProficientAt;
}
