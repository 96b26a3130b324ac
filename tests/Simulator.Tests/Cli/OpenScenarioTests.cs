using System.Text.Json;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Cli;

/// <summary>The open scenario's model attempt, and the safety steps a resident fails for leaving out.</summary>
public class OpenScenarioTests
{
    private const string Id = "si-joint-fusion-open";

    private static string Example => Path.Combine(RepoPaths.Root, "docs", "examples", "open-perfect.yaml");

    private static (Core.Scenarios.Scenario Scenario, Attempt Attempt) Load()
    {
        var scenario = App.Cli.ScenarioLocator.Load(RepoPaths.Scenario(Id));
        return (scenario, AttemptLoader.LoadFile(Example, scenario).ValueOrThrow());
    }

    private static ScoreResult Score(Core.Scenarios.Scenario scenario, IEnumerable<AttemptEvent> events) =>
        Scorer.Score(scenario, events.ToList(), Mode.Assessment, App.Scene.AnatomyJudge.Shared);

    [Fact]
    public void The_example_scores_100_with_every_screw_in_bone_and_in_the_sacrum()
    {
        var result = CliRunner.Run("score", "--scenario", Id, "--attempt", Example, "--json");
        Assert.Equal(0, result.ExitCode);
        var r = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(100, r.GetProperty("total").GetDouble());
        Assert.True(r.GetProperty("passed").GetBoolean());
        Assert.Equal(10, r.GetProperty("order").GetProperty("shots_taken").GetInt32());
        var safety = r.GetProperty("technique").EnumerateArray()
            .Where(t => t.GetProperty("measurement").GetString() is "foramen_clearance_mm" or "bone_path_pct" or "sacral_purchase_mm")
            .ToList();
        Assert.Equal(9, safety.Count);
        Assert.All(safety, t => Assert.True(t.GetProperty("within").GetBoolean()));
    }

    [Fact]
    public void The_example_is_the_model_attempt_on_the_plan()
    {
        var (scenario, attempt) = Load();
        var model = App.Scene.ReferenceAttempt.Events(scenario);
        static string Show(AttemptEvent e) =>
            $"{e.Do}@{e.At}: " + string.Join(", ", e.With.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value}"));
        Assert.Equal(model.Select(Show), attempt.Events.Select(Show));
    }

    [Fact]
    public void Replacing_the_block_before_the_joint_is_prepared_is_a_precondition_error()
    {
        var (scenario, attempt) = Load();
        var events = attempt.Events.ToList();
        var prep = events.FindIndex(e => e.Do == "joint-preparation");
        var block = events.FindIndex(e => e.Do == "replace-block");
        (events[prep], events[block]) = (events[block] with { At = events[prep].At }, events[prep] with { At = events[block].At });

        var r = Score(scenario, events);

        Assert.False(r.Passed);
        Assert.Contains(r.CriticalErrors, c => c.Id == "replace-block" && c.Kind == "precondition");
    }

    [Theory]
    [InlineData("positioning-check")]
    [InlineData("expose-joint")]
    [InlineData("joint-preparation")]
    [InlineData("wire-lateral-check")]
    [InlineData("inlet-view")]
    [InlineData("outlet-view")]
    [InlineData("final-imaging")]
    [InlineData("counts")]
    public void Leaving_out_a_critical_step_fails_the_attempt(string step)
    {
        var (scenario, attempt) = Load();

        var r = Score(scenario, attempt.Events.Where(e => e.Do != step));

        Assert.False(r.Passed);
        Assert.Contains(r.CriticalErrors, c => c.Id == step && c.Kind == "critical_step_omitted");
    }
}

public class RunScenarioFromScriptTests
{
    [Fact]
    public void Run_plays_a_script_on_the_scenario_it_names_when_no_scenario_is_given()
    {
        var results = Directory.CreateTempSubdirectory("sim-run-").FullName;
        try
        {
            var r = CliRunner.Run("run", "--script", Path.Combine(RepoPaths.Root, "docs", "examples", "open-perfect.yaml"), "--results", results, "--json");
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Equal(100, System.Text.Json.JsonDocument.Parse(r.Out).RootElement.GetProperty("total").GetDouble());
            Assert.Contains(Directory.GetFiles(results), f => f.Contains("si-joint-fusion-open", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }
}
