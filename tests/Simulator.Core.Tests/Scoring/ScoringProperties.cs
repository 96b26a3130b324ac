using FsCheck.Xunit;
using Simulator.Core.Attempts;
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

    /// <summary>Holds for every attempt, longer than the reference or not (see Scorer.SequenceComponent).</summary>
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
