using Simulator.Core.Scenarios;
using Simulator.Core.Scenarios.Lint;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>The lint rules the loader cannot reach: scenarios built in code, and the counting rule of <c>requires</c>.</summary>
public class ScenarioLintTests
{
    [Fact]
    public void A_requires_the_listed_order_does_not_meet_is_reported()
    {
        // The loader rejects this (a requires naming a later step); built in code, only the lint stops it.
        var scenario = Make(new StepNode[] { S("b", requires: new[] { "c" }), S("c") });
        var warning = Assert.Single(ScenarioLint.Check(scenario));
        Assert.Equal("step 'b' #1 requires 'c' performed 1 time(s), but the listed order has performed it 0 time(s) by then: the reference itself is refused", warning.Message);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(1, 3)]
    [InlineData(5, 2)]
    public void Repeats_alone_never_make_a_requires_unsatisfiable(int repeatOfStep, int repeatOfRequired)
    {
        // The k-th occurrence needs ceil(k × expected(R) / expected(S)) of R, capped at expected(R): the listed order always has them.
        var scenario = Make(new StepNode[] { S("r", repeat: repeatOfRequired), S("s", repeat: repeatOfStep, requires: new[] { "r" }) });
        Assert.Empty(ScenarioLint.Check(scenario));
    }

    [Fact]
    public void Inside_a_repeated_group_a_step_repeated_more_than_its_requirement_is_met_pass_by_pass()
    {
        var scenario = Make(new StepNode[] { G("cycle", 3, S("pin"), S("shot", repeat: 2, requires: new[] { "pin" })) });
        Assert.Empty(ScenarioLint.Check(scenario));
    }

    [Fact]
    public void A_redundant_group_after_is_reported_at_the_group()
    {
        var scenario = Make(new StepNode[] { S("a"), new StepGroup("g", 2, 7, 5, new[] { S("b") }) { After = new[] { "a" } } });
        var warning = Assert.Single(ScenarioLint.Check(scenario));
        Assert.Equal((7, 5), (warning.Line, warning.Column));
        Assert.StartsWith("'after: [a]' of group 'g' is already implied by the listed order", warning.Message);
    }

    [Fact]
    public void An_after_that_changes_the_order_is_not_reported()
    {
        var free = new Step("c", 1, 0, 0) { Name = "C", Rationale = "r", After = new[] { "a" } };
        Assert.Empty(ScenarioLint.Check(Make(new StepNode[] { S("a"), S("b"), free })));
    }
}
