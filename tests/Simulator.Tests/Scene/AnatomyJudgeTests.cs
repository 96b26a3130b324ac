using System.Globalization;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Scene;

/// <summary>The anatomy judge's memory of pins and its reading of the history: neither may change a finding.</summary>
public class AnatomyJudgeTests
{
    private static Scenario Load(string id) => App.Cli.ScenarioLocator.Load(RepoPaths.Scenario(id));

    private static Step StepDoing(Scenario scenario, string action) => scenario.Steps.First(s => s.Action == action);

    /// <summary>
    /// The model attempt three times over: the first as modelled, the second with every coordinate moved a little (new pins),
    /// the third as the first again (pins already judged), with a redo of each pin back onto its own line.
    /// </summary>
    private static List<AttemptEvent> Varied(Scenario scenario)
    {
        var model = ReferenceAttempt.Events(scenario, Pelvis.Build());
        var events = new List<AttemptEvent>(model);
        events.AddRange(model.Select((e, i) => e with
        {
            With = e.With.ToDictionary(kv => kv.Key, kv => kv.Value.Vector is { Count: 3 } v
                ? Measurement.Of(v.Select(x => x + 0.7 * (i % 5) - 1.3).ToArray())
                : kv.Value),
        }));
        foreach (var e in model)
        {
            events.Add(e);
            if (e.With.ContainsKey("tip"))
            {
                events.Add(e with { Redo = true });
            }
        }

        return events.Select((e, i) => e with { At = 10.0 * i }).ToList();
    }

    private static string Describe(EventVerdict v) =>
        $"{v.Outcome} | {v.Message} | {string.Join(" / ", v.Breaches)} | "
        + string.Join(" ", v.Event.With.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value.Number?.ToString(CultureInfo.InvariantCulture)}"));

    [Theory]
    [InlineData("si-joint-fusion-mis")]
    [InlineData("si-joint-fusion-open")]
    [InlineData("iliosacral-screw")]
    public void A_judge_that_remembers_pins_finds_exactly_what_one_that_remembers_none_finds(string scenarioId)
    {
        var scenario = Load(scenarioId);
        var events = Varied(scenario);
        var judges = new[]
        {
            new AnatomyJudge(Pelvis.Build, rememberedPins: 0),
            new AnatomyJudge(Pelvis.Build),
            new AnatomyJudge(Pelvis.Build, rememberedPins: 2),
        };

        var sessions = judges.Select(j => new Session(scenario, Mode.Assessment, j)).ToList();
        foreach (var e in events)
        {
            var verdicts = sessions.Select(s => Describe(s.Submit(e))).ToList();
            Assert.All(verdicts, v => Assert.Equal(verdicts[0], v));
        }

        var reports = sessions.Select(s => ScoreJson.Serialize(s.Finish())).ToList();
        Assert.All(reports, r => Assert.Equal(reports[0], r));
        Assert.Contains(sessions[0].Recorded, v => v.Event.With.ContainsKey("angle_to_plan_deg"));
    }

    [Fact]
    public void The_judge_reads_a_plain_list_of_verdicts_as_it_reads_a_sessions_history()
    {
        var scenario = Load("si-joint-fusion-open");
        var session = new Session(scenario, Mode.Assessment, AnatomyJudge.Shared);
        var judged = 0;
        foreach (var e in Varied(scenario))
        {
            var action = scenario.FindStep(e.Do)?.Action ?? "";
            var fromHistory = AnatomyJudge.Shared.Judge(scenario, action, e, session.Recorded);
            var fromList = AnatomyJudge.Shared.Judge(scenario, action, e, session.Recorded.ToList());
            Assert.Equal(fromHistory.Measurements.OrderBy(kv => kv.Key), fromList.Measurements.OrderBy(kv => kv.Key));
            Assert.Equal(fromHistory.Breaches, fromList.Breaches);
            judged += fromHistory.Measurements.Count > 0 ? 1 : 0;
            session.Submit(e);
        }

        Assert.True(judged > 20, $"only {judged} events were judged");
    }

    [Fact]
    public void The_gauge_reads_the_last_pin_since_the_last_removal_less_the_stop_of_the_first_drill_after_it()
    {
        var scenario = Load("si-joint-fusion-mis");
        var (advance, drill, removal) = (StepDoing(scenario, StepActions.PinAdvance), StepDoing(scenario, StepActions.Drill), StepDoing(scenario, StepActions.PinRemoval));
        var history = new List<EventVerdict>();
        void Done(Step step, params (string Name, Measurement Value)[] with) => history.Add(new EventVerdict(
            new AttemptEvent(step.Id, history.Count, with.ToDictionary(w => w.Name, w => w.Value)), Outcome.Accepted, "", ""));
        double? Gauge() => AnatomyJudge.Shared.Judge(scenario, StepActions.DepthGauge, AttemptEvent.Of("gauge", 99), history)
            .Measurements.TryGetValue("gauge_mm", out var mm) ? mm : null;

        Done(advance, ("entry", Measurement.Of(new double[] { 60, 20, 0 })), ("tip", Measurement.Of(new double[] { 0, 20, 0 })));
        Done(advance, ("entry", Measurement.Of(new double[] { 60, 20, 0 })), ("tip", Measurement.Of(new double[] { 10, 20, 0 })));
        Assert.Equal(50 - AnatomyJudge.DefaultShortOfPinTipMm, Gauge());

        Done(drill);
        Done(drill, ("short_of_pin_tip_mm", Measurement.Of(7)));
        Done(drill, ("short_of_pin_tip_mm", Measurement.Of(12)));
        Assert.Equal(43, Gauge());

        Done(advance);
        Assert.Equal(43, Gauge());

        Done(removal);
        Assert.Null(Gauge());
    }
}
