using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

public class DebriefTests
{
    [Fact]
    public void ShowsVerdictDeductionsWithRationaleAndMarkedTimeline()
    {
        var scenario = TestScenarios.WorkedExample();
        var text = Debrief.Render(Scorer.Score(scenario, TestScenarios.WorkedExampleAttempt(), Mode.Assessment), scenario);

        Assert.Contains("Total: 70.06 / 100", text);
        Assert.Contains("PASS", text);
        Assert.Contains("\"Close\" omitted: performed 0 of 1", text);
        Assert.Contains("why: Why close", text);
        Assert.Contains("~ SWAPPED", text);
        Assert.Contains("+ EXTRA", text);
        Assert.Contains("- MISSING", text);
        Assert.Contains("Total time: 320 s", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void SaysFailAndExplainsACriticalError()
    {
        var scenario = TestScenarios.SiJoint();
        var events = TestScenarios.Perfect(scenario).Where(e => e.Do != "close").ToList();
        var text = Debrief.Render(Scorer.Score(scenario, events, Mode.Assessment), scenario);

        Assert.Contains("FAIL", text);
        Assert.Contains("!! CRITICAL critical_step_omitted", text);
    }
}
