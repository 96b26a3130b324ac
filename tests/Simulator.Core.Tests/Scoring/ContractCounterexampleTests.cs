using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Scoring;

/// <summary>The case FsCheck found against a similarity-based sequence component, kept as a regression test.</summary>
public class ContractCounterexampleTests
{
    /// <summary>
    /// order.similarity divides by max(len performed, len reference), so padding excuses itself: with the
    /// distractor, similarity is 2/4 off; without it 2/3 off. The total's sequence component divides by
    /// the reference length instead, so removing the distractor can only help.
    /// </summary>
    [Fact]
    public void RemovingADistractorFromAnAttemptLongerThanTheReferenceDoesNotLowerTheScore()
    {
        var scenario = Make(new StepNode[] { S("a"), S("b"), S("c") }, new[] { D("x") });
        var with = new[] { AttemptEvent.Of("x", 1), AttemptEvent.Of("b", 2), AttemptEvent.Of("c", 3), AttemptEvent.Of("a", 4) };
        var without = with.Skip(1).ToArray();

        var r1 = Scorer.Score(scenario, with, Mode.Assessment);
        var r2 = Scorer.Score(scenario, without, Mode.Assessment);

        Assert.Equal((2, 0.5), (r1.Order.EditDistance, r1.Order.Similarity));
        Assert.Equal(2, r2.Order.EditDistance);
        Assert.Equal(1.0 / 3, r2.Order.Similarity, 12);
        Assert.Equal(1.0 / 3, r1.Components.Sequence, 12);
        Assert.Equal(1.0 / 3, r2.Components.Sequence, 12);
        Assert.True(r2.Total > r1.Total, $"{r1.Total} -> {r2.Total}");
    }
}
