using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Technique entries, their credit, the technique component, and the critical errors of critical targets.</summary>
internal static class TechniqueScoring
{
    /// <summary>One entry per target of every performed step occurrence, in event order.</summary>
    public static List<TechniqueEntry> Entries(Scenario scenario, IReadOnlyList<AttemptEvent> performedEvents)
    {
        var entries = new List<TechniqueEntry>();
        var occurrences = new Dictionary<string, int>();
        foreach (var e in performedEvents)
        {
            if (scenario.FindStep(e.Do) is not { } step)
            {
                continue;
            }

            var k = occurrences[step.Id] = occurrences.GetValueOrDefault(step.Id) + 1;
            foreach (var target in step.Targets)
            {
                double? value = e.With.TryGetValue(target.Name, out var m) ? m.Number : null;
                var within = value is { } v && v >= target.Min && v <= target.Max;
                var by = value is { } x ? OutsideBy(x, target.Min, target.Max) : 0;
                entries.Add(new TechniqueEntry(
                    step.Id, k, target.Name, value, target.Min, target.Max, target.Unit, within, by,
                    Credit(value, target.Min, target.Max, target.Critical))
                {
                    Critical = target.Critical,
                    AtSeconds = e.At,
                });
            }
        }

        return entries;
    }

    /// <summary>True if the entry's occurrence is one the reference expects (surplus repeats earn and lose nothing here).</summary>
    public static bool Counts(TechniqueEntry entry, Coverage coverage) => entry.Occurrence <= coverage.ExpectedIn(entry.Step);

    /// <summary>Expected technique entries of the reference: Σ expected occurrences × targets.</summary>
    public static int ExpectedEntries(Coverage coverage) => coverage.Steps.Sum(s => s.Expected * s.Step.Targets.Count);

    /// <summary>Σ credit of counted entries / expected entries; the coverage share if the reference has no targets.</summary>
    public static double Component(IReadOnlyList<TechniqueEntry> entries, Coverage coverage)
    {
        var expected = ExpectedEntries(coverage);
        return expected == 0 ? coverage.Share : entries.Where(t => Counts(t, coverage)).Sum(t => t.Credit) / expected;
    }

    /// <summary>Technique credit for one entry: 1 within; outside, max(0, 1 − by/width) × 0.5, or 0 for a critical target; 0 if missing.</summary>
    /// <remarks>
    /// Half credit at most once outside, so being just out of range still costs something clear. A
    /// critical target is a safety limit: outside it nothing is earned, however close.
    /// </remarks>
    public static double Credit(double? value, double min, double max, bool critical = false)
    {
        if (value is not { } v)
        {
            return 0;
        }

        if (v >= min && v <= max)
        {
            return 1;
        }

        if (critical)
        {
            return 0;
        }

        // A one-sided range falls off over the size of its bound (≥ 5 mm: credit gone 5 mm below it).
        var width = double.IsFinite(max - min) ? max - min : Math.Abs(double.IsFinite(min) ? min : max);
        if (width == 0)
        {
            width = 1;
        }

        return Math.Max(0.0, 1.0 - OutsideBy(v, min, max) / width) * 0.5;
    }

    /// <summary>A critical error for every critical target of a performed step that is outside its range or not measured.</summary>
    public static IEnumerable<CriticalError> CriticalErrors(Scenario scenario, IReadOnlyList<TechniqueEntry> entries)
    {
        foreach (var t in entries.Where(t => t.Critical && !t.Within))
        {
            var step = scenario.FindStep(t.Step)!;
            var target = step.Targets.First(x => x.Name == t.Measurement);
            var what = t.Value is { } v
                ? $"{t.Measurement} {target.OutsideText(v)}"
                : $"{t.Measurement} not measured (safety limit {target.RangeText})";
            yield return new CriticalError(t.Step, CriticalErrorKinds.CriticalTarget, $"{step.Name} #{t.Occurrence}: {what}", t.AtSeconds);
        }
    }

    private static double OutsideBy(double v, double min, double max) => v < min ? min - v : v > max ? v - max : 0;
}
