using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Scoring;

/// <summary>Pins a known weakness of the scoring contract so a change to the formula is noticed here.</summary>
public class ContractCounterexampleTests
{
    /// <summary>
    /// similarity = 1 − d / max(len performed, len reference) rewards padding: with the distractor the
    /// denominator is 4 and d = 2 (x → a, extra a); without it the denominator drops to 3 and d stays 2.
    /// Sequence falls by 1/6 (−4.17 points) while economy rises by 1/3 (+3.33), a net loss of 0.83.
    /// Found by the FsCheck property; reported rather than "fixed" because the formula is the contract.
    /// </summary>
    [Fact]
    public void RemovingADistractorCanLowerTheScoreWhenTheAttemptIsLongerThanTheReference()
    {
        var scenario = Make(new StepNode[] { S("a"), S("b"), S("c") }, new[] { D("x") });
        var with = new[] { AttemptEvent.Of("x", 1), AttemptEvent.Of("b", 2), AttemptEvent.Of("c", 3), AttemptEvent.Of("a", 4) };
        var without = with.Skip(1).ToArray();

        var r1 = Scorer.Score(scenario, with, Mode.Assessment);
        var r2 = Scorer.Score(scenario, without, Mode.Assessment);

        Assert.Equal((2, 0.5), (r1.Order.EditDistance, r1.Order.Similarity));
        Assert.Equal(2, r2.Order.EditDistance);
        Assert.Equal(1.0 / 3, r2.Order.Similarity, 12);
        Assert.True(r2.Total < r1.Total, $"expected the contract's known drop, got {r1.Total} -> {r2.Total}");
    }
}
