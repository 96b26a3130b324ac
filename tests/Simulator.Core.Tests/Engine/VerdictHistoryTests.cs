using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Engine;

/// <summary>The indexed history a session records into: what it answers must be what a walk over the verdicts would say.</summary>
public class VerdictHistoryTests
{
    private static readonly Scenario Pins = Make(
        new StepNode[]
        {
            S("setup", action: StepActions.Imaging),
            G("fix", 2,
                S("dock", action: StepActions.PinDock),
                S("advance", requires: new[] { "dock" }, action: StepActions.PinAdvance),
                S("drill", requires: new[] { "advance" }, action: StepActions.Drill),
                S("remove", action: StepActions.PinRemoval)),
        },
        new[] { D("freehand", critical: true) });

    /// <summary>A varied stream: steps in and out of order, repeats, redos, distractors, an event the guided session refuses.</summary>
    private static List<AttemptEvent> Events(int seed, int count)
    {
        var rng = new Random(seed);
        var ids = new[] { "setup", "dock", "advance", "drill", "remove", "freehand" };
        return Enumerable.Range(0, count)
            .Select(i => AttemptEvent.Of(ids[rng.Next(ids.Length)], i) with { Redo = rng.Next(6) == 0 })
            .ToList();
    }

    [Theory]
    [InlineData(1, Mode.Guided)]
    [InlineData(2, Mode.Assessment)]
    [InlineData(3, Mode.Guided)]
    public void Every_answer_matches_a_walk_over_the_verdicts(int seed, Mode mode)
    {
        var session = new Session(Pins, mode);
        foreach (var e in Events(seed, 300))
        {
            session.Submit(e);
        }

        var verdicts = session.Recorded.ToList();
        Assert.Equal(mode == Mode.Guided, verdicts.Any(v => !v.Performed));
        Assert.Contains(verdicts, v => v.Outcome == Outcome.Redone);
        foreach (var id in new[] { "setup", "dock", "advance", "drill", "remove", "freehand", "unknown" })
        {
            Assert.Equal(verdicts.Count(v => v.Performed && v.Event.Do == id), session.Recorded.PerformedCount(id));
        }

        foreach (var action in new[] { StepActions.Imaging, StepActions.PinDock, StepActions.PinAdvance, StepActions.Drill, StepActions.PinRemoval, "", "none" })
        {
            var walked = verdicts.Select((v, i) => (v, i))
                .Where(x => x.v.Performed && (Pins.FindStep(x.v.Event.Do)?.Action ?? Pins.FindDistractor(x.v.Event.Do)?.Action) == action && action.Length > 0)
                .Select(x => x.i);
            Assert.Equal(walked, session.Recorded.PerformedIndices(action));
        }
    }

    [Fact]
    public void Of_indexes_a_plain_list_as_the_session_did_and_returns_a_history_of_the_same_scenario_itself()
    {
        var session = new Session(Pins, Mode.Assessment);
        foreach (var e in Events(4, 120))
        {
            session.Submit(e);
        }

        var indexed = VerdictHistory.Of(Pins, session.Recorded.ToList());

        Assert.Same(session.Recorded, VerdictHistory.Of(Pins, session.Recorded));
        Assert.NotSame(session.Recorded, VerdictHistory.Of(Make(Array.Empty<StepNode>()), session.Recorded));
        Assert.Equal(session.Recorded, indexed);
        Assert.Equal(session.Recorded.PerformedCount("dock"), indexed.PerformedCount("dock"));
        Assert.Equal(session.Recorded.PerformedIndices(StepActions.PinAdvance), indexed.PerformedIndices(StepActions.PinAdvance));
    }

    [Fact]
    public void It_reads_as_a_list_but_is_added_to_only_through_add()
    {
        var history = new VerdictHistory(Pins);
        var verdict = new EventVerdict(AttemptEvent.Of("setup", 1), Outcome.Accepted, "", "");
        history.Add(verdict);
        IList<EventVerdict> list = history;

        Assert.True(list.IsReadOnly);
        Assert.Same(verdict, history.LastOrDefault());
        Assert.Equal(new[] { verdict }, history.ToArray());
        Assert.Throws<NotSupportedException>(() => list.Add(verdict));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list[0] = verdict);
        Assert.Single(history);
    }
}
