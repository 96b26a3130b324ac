using FsCheck.Xunit;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

[Properties(MaxTest = 300)]
public class ScoringProperties
{
    [Property]
    public bool PerfectAttemptScoresExactly100(int seed)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Perfect(scenario, rng);

        return new[] { Mode.Assessment, Mode.Guided }.All(mode =>
        {
            var r = Scorer.Score(scenario, events, mode);
            return r.Total == 100 && r.Passed && r.Deductions.Count == 0;
        });
    }

    [Property]
    public bool TotalIsWithin0To100AndDeductionsAddUpToTheLoss(int seed, bool guided)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var r = Scorer.Score(scenario, RandomScenarios.Attempt(scenario, rng), guided ? Mode.Guided : Mode.Assessment);

        return r.Total is >= 0 and <= 100
            && Math.Abs(r.Deductions.Sum(d => d.Points) - (100 - r.Total)) <= 0.0051
            && r.Deductions.All(d => d.Points >= 0)
            && r.Passed == (r.Total >= scenario.PassMark && r.CriticalErrors.Count == 0);
    }

    /// <summary>Holds for every attempt, longer than the reference or not (see VerdictScorer.SequenceComponent).</summary>
    [Property]
    public bool RemovingADistractorNeverLowersTheScore(int seed, int pick)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Attempt(scenario, rng);
        var inserted = scenario.Distractors[rng.Next(scenario.Distractors.Count)].Id;
        events.Insert(rng.Next(events.Count + 1), AttemptEvent.Of(inserted, events.Count == 0 ? 1 : events[^1].At + 1));
        var distractorAt = events.Select((e, i) => (e, i)).Where(x => scenario.FindDistractor(x.e.Do) is not null).Select(x => x.i).ToList();
        if (distractorAt.Count == 0)
        {
            return events.Count == 0;
        }

        var without = events.Where((_, i) => i != distractorAt[Math.Abs(pick % distractorAt.Count)]).ToList();
        return Scorer.Score(scenario, without, Mode.Assessment).Total >= Scorer.Score(scenario, events, Mode.Assessment).Total;
    }

    [Property]
    public bool AnEmptyAttemptScoresZero(int seed, bool guided)
    {
        var scenario = RandomScenarios.Scenario(new Random(seed));
        var r = Scorer.Score(scenario, Array.Empty<AttemptEvent>(), guided ? Mode.Guided : Mode.Assessment);

        return r.Total == 0 && !r.Passed && Math.Abs(r.Deductions.Sum(d => d.Points) - 100) <= 0.0051;
    }

    /// <summary>Doing more of the model attempt never costs points: every prefix scores at least the one before.</summary>
    [Property]
    public bool PrefixesOfTheReferenceAttemptNeverScoreLessAndTheWholeScores100(int seed, bool guided)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Perfect(scenario, rng);
        var mode = guided ? Mode.Guided : Mode.Assessment;

        var totals = Enumerable.Range(0, events.Count + 1).Select(k => Scorer.Score(scenario, events.Take(k).ToList(), mode).Total).ToList();

        return totals[0] == 0
            && totals[^1] == 100
            && totals.Zip(totals.Skip(1)).All(p => p.Second >= p.First);
    }

    /// <summary>A value outside a critical target fails the attempt, earns nothing, and the reason names the step, value and range.</summary>
    [Property]
    public bool AValueOutsideACriticalTargetEarnsNothingAndFailsTheAttempt(int seed, int pick, bool above, bool guided)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.WithCriticalTarget(rng);
        var events = RandomScenarios.Perfect(scenario, rng);
        var candidates = events
            .Select((e, i) => (Index: i, Target: scenario.FindStep(e.Do)!.Targets.FirstOrDefault(t => t.Critical)))
            .Where(x => x.Target is not null)
            .ToList();
        var (index, target) = candidates[Math.Abs(pick % candidates.Count)];
        var value = above ? target!.Max + 1 + rng.Next(20) : target!.Min - 1 - rng.Next(20);
        var with = events[index].With.ToDictionary(kv => kv.Key, kv => kv.Value);
        with[target.Name] = Measurement.Of(value);
        var bad = events.ToList();
        bad[index] = events[index] with { With = with };
        var occurrence = events.Take(index + 1).Count(e => e.Do == events[index].Do);
        var step = scenario.FindStep(events[index].Do)!;

        var r = Scorer.Score(scenario, bad, guided ? Mode.Guided : Mode.Assessment);

        var entry = r.Technique.Single(t => t.Step == step.Id && t.Occurrence == occurrence && t.Measurement == target.Name);
        var error = r.CriticalErrors.SingleOrDefault(c => c.Kind == CriticalErrorKinds.CriticalTarget);
        return entry.Credit == 0
            && !r.Passed
            && r.Total < 100
            && error is not null
            && error.Id == step.Id
            && error.AtSeconds == events[index].At
            && error.Reason == $"{step.Name} #{occurrence}: {target.Name} {VerdictScorer.Number(value)} mm outside {target.RangeText}";
    }

    [Property]
    public bool AMissingCriticalMeasurementFailsTheAttempt(int seed, int pick)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.WithCriticalTarget(rng);
        var events = RandomScenarios.Perfect(scenario, rng);
        var candidates = events.Select((e, i) => i).Where(i => scenario.FindStep(events[i].Do)!.Targets.Any(t => t.Critical)).ToList();

        var index = candidates[Math.Abs(pick % candidates.Count)];
        var bare = events.ToList();
        bare[index] = AttemptEvent.Of(events[index].Do, events[index].At);

        var r = Scorer.Score(scenario, bare, Mode.Assessment);

        return !r.Passed
            && r.CriticalErrors.Any(c => c.Kind == CriticalErrorKinds.CriticalTarget && c.Id == events[index].Do && c.Reason.Contains(" not measured (safety limit "));
    }

    /// <summary>A repeat is an error: removing an occurrence beyond the expected count that the alignment marks extra never lowers the score.</summary>
    /// <remarks>
    /// Which occurrence is "the repeat" matters: in s a b s against the reference a b s, removing the
    /// second s (the surplus by count) worsens the order, and removing the first (the one the alignment
    /// leaves unmatched) makes the second's measurements count instead. Only an occurrence that is both
    /// is unambiguously the one the trainee should not have performed.
    /// </remarks>
    [Property]
    public bool RemovingARepeatNeverLowersTheScore(int seed, int pick)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Attempt(scenario, rng);
        for (var n = rng.Next(1, 4); n > 0 && events.Count > 0; n--)
        {
            var copy = events[rng.Next(events.Count)];
            events.Insert(rng.Next(events.Count + 1), copy);
        }

        events = events.Select((e, i) => e with { At = i + 1 }).ToList();
        var r = Scorer.Score(scenario, events, Mode.Assessment);
        var repeats = EditDistance.Align(r.Order.Performed, r.Order.Reference)
            .Where(op => op.Kind == EditKind.Delete)
            .Select(op => op.IndexA!.Value)
            .Where(i => scenario.FindStep(events[i].Do) is { } step && events.Take(i + 1).Count(e => e.Do == step.Id) > step.ExpectedCount)
            .ToList();
        if (repeats.Count == 0)
        {
            return true;
        }

        var without = events.Where((_, i) => i != repeats[Math.Abs(pick % repeats.Count)]).ToList();
        return Scorer.Score(scenario, without, Mode.Assessment).Total >= r.Total;
    }

    [Property]
    public bool MovingAnOutOfRangeMeasurementToTheCentreNeverLowersTheScore(int seed, int pick, bool guided)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Attempt(scenario, rng);
        var outside = events
            .Select((e, i) => (e, i))
            .Where(x => scenario.FindStep(x.e.Do)?.Targets.Any(t => x.e.With.TryGetValue(t.Name, out var m) && (m.Number < t.Min || m.Number > t.Max)) == true)
            .Select(x => x.i)
            .ToList();
        if (outside.Count == 0)
        {
            return true;
        }

        var index = outside[Math.Abs(pick % outside.Count)];
        var target = scenario.FindStep(events[index].Do)!.Targets.First(t => events[index].With.TryGetValue(t.Name, out var m) && (m.Number < t.Min || m.Number > t.Max));
        var with = events[index].With.ToDictionary(kv => kv.Key, kv => kv.Value);
        with[target.Name] = Measurement.Of(target.Centre);
        var fixedEvents = events.ToList();
        fixedEvents[index] = events[index] with { With = with };

        var mode = guided ? Mode.Guided : Mode.Assessment;
        return Scorer.Score(scenario, fixedEvents, mode).Total >= Scorer.Score(scenario, events, mode).Total;
    }
}
