using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

public class TimelineTests
{
    [Fact]
    public void The_worked_example_lines_up_row_by_row_with_a_swap_as_two_rows()
    {
        var scenario = TestScenarios.WorkedExample();
        var result = Scorer.Score(scenario, TestScenarios.WorkedExampleAttempt(), Mode.Assessment);

        var rows = result.Timeline.Select(r => (r.Status, r.PerformedId, r.ReferenceId, r.Seconds)).ToList();

        Assert.Equal(
            new (TimelineStatus, string?, string?, double?)[]
            {
                (TimelineStatus.Swapped, "incision", "position", 30),
                (TimelineStatus.Swapped, "position", "incision", 20),
                (TimelineStatus.Match, "pin", "pin", 70),
                (TimelineStatus.Match, "drill", "drill", 60),
                (TimelineStatus.Extra, "freehand-drill", null, 20),
                (TimelineStatus.Match, "pin", "pin", 60),
                (TimelineStatus.Match, "drill", "drill", 60),
                (TimelineStatus.Missing, null, "close", null),
            },
            rows);
        Assert.Equal("Freehand drill", result.Timeline[4].PerformedName);
        Assert.Equal("Close", result.Timeline[7].ReferenceName);
        Assert.Equal(200, result.Timeline[4].AtSeconds);
    }

    [Fact]
    public void A_substitution_is_one_row_naming_both_sides()
    {
        var scenario = TestScenarios.Make(new[] { TestScenarios.S("a"), TestScenarios.S("b") }, new[] { TestScenarios.D("x") });
        var result = Scorer.Score(scenario, new[] { AttemptEvent.Of("a", 1), AttemptEvent.Of("x", 2) }, Mode.Assessment);

        var row = result.Timeline[1];
        Assert.Equal(2, result.Timeline.Count);
        Assert.Equal((TimelineStatus.Substituted, "x", "b", "x WRONG"), (row.Status, row.PerformedId, row.ReferenceId, row.Mark));
    }

    [Fact]
    public void The_debrief_prints_every_timeline_row()
    {
        var scenario = TestScenarios.WorkedExample();
        var result = Scorer.Score(scenario, TestScenarios.WorkedExampleAttempt(), Mode.Assessment);
        var lines = Debrief.Render(result, scenario).Split('\n');

        var first = Array.FindIndex(lines, l => l.StartsWith("Timeline", StringComparison.Ordinal)) + 2;
        var printed = lines[first..(first + result.Timeline.Count)];

        Assert.Equal(2, printed.Count(l => l.Contains("~ SWAPPED", StringComparison.Ordinal)));
        Assert.StartsWith("Total time:", lines[first + result.Timeline.Count]);
    }
}
