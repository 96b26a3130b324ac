using BenchmarkDotNet.Attributes;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Bench;

/// <summary>
/// Goal: scoring a 1,000-event attempt takes under 5 ms, and time and memory grow linearly with the events. An attempt at the
/// minimally invasive scenario as <c>simulator score</c> scores it (<see cref="Scorer.Score(Scenario, IReadOnlyList{AttemptEvent}, Mode, IGeometryJudge?)"/>
/// in assessment mode with the anatomy judge: every event replayed through a session, pins judged against the anatomy): the model
/// attempt (<see cref="ReferenceAttempt"/>) performed again and again, a distractor after every fifth event, cut at the count.
/// The 100-event attempt is the baseline: linear time shows as a ratio near 10 for 1,000 events (near 100 for 10,000), linear
/// memory as the same ratio of the Allocated column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfigs.Short))]
public class ScoreBenchmarks
{
    private Scenario _scenario = null!;
    private IReadOnlyList<AttemptEvent> _hundred = [];
    private IReadOnlyList<AttemptEvent> _thousand = [];
    private IReadOnlyList<AttemptEvent> _tenThousand = [];

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLocator.Load(ScenarioLocator.DefaultScenarioId);
        var model = ReferenceAttempt.Events(_scenario);
        _hundred = Attempt(_scenario, model, 100);
        _thousand = Attempt(_scenario, model, 1000);
        _tenThousand = Attempt(_scenario, model, 10_000);
        // The anatomy the judge uses is built once, before the clock (the trainer caches it likewise).
        _ = Score100();
    }

    [Benchmark(Baseline = true, Description = "score 100 events")]
    public ScoreResult Score100() => Scorer.Score(_scenario, _hundred, Mode.Assessment, AnatomyJudge.Shared);

    [Benchmark(Description = "score 1,000 events")]
    public ScoreResult Score1000() => Scorer.Score(_scenario, _thousand, Mode.Assessment, AnatomyJudge.Shared);

    [Benchmark(Description = "score 10,000 events")]
    public ScoreResult Score10000() => Scorer.Score(_scenario, _tenThousand, Mode.Assessment, AnatomyJudge.Shared);

    /// <summary><paramref name="count"/> events: the model attempt over and over, a distractor after every fifth, 5 s apart.</summary>
    public static IReadOnlyList<AttemptEvent> Attempt(Scenario scenario, IReadOnlyList<AttemptEvent> model, int count)
    {
        var distractors = scenario.Distractors;
        var events = new List<AttemptEvent>(count);
        for (var i = 0; events.Count < count; i++)
        {
            var at = 5.0 * events.Count;
            var step = model[i % model.Count];
            events.Add(step with { At = at });
            if (distractors.Count > 0 && i % 5 == 4 && events.Count < count)
            {
                var distractor = distractors[i / 5 % distractors.Count];
                events.Add(new AttemptEvent(distractor.Id, at + 2.5, new Dictionary<string, Measurement>()));
            }
        }

        return events;
    }
}
