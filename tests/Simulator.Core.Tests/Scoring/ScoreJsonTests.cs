using System.Text.Json;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

public class ScoreJsonTests
{
    private static JsonElement Parse() =>
        JsonDocument.Parse(ScoreJson.Serialize(
            Scorer.Score(TestScenarios.WorkedExample(), TestScenarios.WorkedExampleAttempt(), Mode.Assessment))).RootElement;

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void TopLevelKeysAreExactlyTheContractInOrder()
    {
        Assert.Equal(
            new[] { "total", "passed", "order", "omitted", "repeated", "extras", "critical_errors", "technique", "deductions" },
            Keys(Parse()));
    }

    [Fact]
    public void OrderObjectCarriesMetricsSequencesAndTimes()
    {
        var order = Parse().GetProperty("order");

        Assert.Equal(
            new[] { "edit_distance", "similarity", "precedence_violations", "adherence", "performed", "reference", "time_total_s", "time_per_event", "shots_taken", "redundant_shots", "breaches" },
            Keys(order));
        Assert.Equal(3, order.GetProperty("edit_distance").GetInt32());
        Assert.Equal(0.5714, order.GetProperty("similarity").GetDouble());
        Assert.Equal(0.8333, order.GetProperty("adherence").GetDouble());
        Assert.Equal(320, order.GetProperty("time_total_s").GetDouble());
        var first = order.GetProperty("time_per_event")[0];
        Assert.Equal(new[] { "do", "at", "seconds" }, Keys(first));
        Assert.Equal("incision", first.GetProperty("do").GetString());
    }

    [Fact]
    public void ItemsUseSnakeCaseKeysAndRounding()
    {
        var root = Parse();

        Assert.Equal(70.06, root.GetProperty("total").GetDouble());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(new[] { "id", "name", "expected", "performed" }, Keys(root.GetProperty("omitted")[0]));
        Assert.Equal(new[] { "id", "name", "consequence", "critical", "at" }, Keys(root.GetProperty("extras")[0]));
        var technique = root.GetProperty("technique")[1];
        Assert.Equal(new[] { "step", "occurrence", "measurement", "value", "target", "min", "max", "unit", "within", "by" }, Keys(technique));
        Assert.Equal(new[] { "min", "max", "unit", "critical" }, Keys(technique.GetProperty("target")));
        Assert.Equal(50, technique.GetProperty("target").GetProperty("max").GetDouble());
        Assert.False(technique.GetProperty("target").GetProperty("critical").GetBoolean());
        Assert.Equal(6, technique.GetProperty("by").GetDouble());
        var deduction = root.GetProperty("deductions")[0];
        Assert.Equal(new[] { "component", "points", "reason", "step", "rationale" }, Keys(deduction));
        Assert.Equal(3.57, deduction.GetProperty("points").GetDouble());
    }

    [Fact]
    public void AnOpenTargetBoundIsNullAndACriticalTargetSaysSo()
    {
        var scenario = TestScenarios.Make(new[] { TestScenarios.S("a", targets: new[] { new Target("gap_mm", 5, double.PositiveInfinity, "mm", Critical: true) }) });

        var root = JsonDocument.Parse(ScoreJson.Serialize(Scorer.Score(scenario, new[] { AttemptEvent.Of("a", 1, ("gap_mm", 3.7)) }, Mode.Assessment))).RootElement;

        var target = root.GetProperty("technique")[0].GetProperty("target");
        Assert.Equal(5, target.GetProperty("min").GetDouble());
        Assert.Equal(JsonValueKind.Null, target.GetProperty("max").ValueKind);
        Assert.True(target.GetProperty("critical").GetBoolean());
        Assert.Equal("Step a #1: gap_mm 3.7 mm below the minimum 5 mm", root.GetProperty("critical_errors")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void MissingValuesAndOmissionTimesAreNull()
    {
        var scenario = TestScenarios.SiJoint();
        var events = TestScenarios.Perfect(scenario).Where(e => e.Do != "close").ToList();
        events[2] = AttemptEvent.Of("pin", events[2].At);

        var root = JsonDocument.Parse(ScoreJson.Serialize(Scorer.Score(scenario, events, Mode.Assessment))).RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("technique")[0].GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("critical_errors")[0].GetProperty("at").ValueKind);
        Assert.Equal(new[] { "id", "kind", "reason", "at" }, Keys(root.GetProperty("critical_errors")[0]));
    }
}
