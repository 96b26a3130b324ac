using System.Text.Json;

namespace Simulator.Tests.Cli;

/// <summary>Technique and safety from raw pin coordinates, headless, through the same CLI a script uses.</summary>
public class GeometryScoringTests
{
    private static JsonElement Score(string example)
    {
        var result = CliRunner.Run("score", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"),
            "--attempt", Path.Combine(RepoPaths.Root, "docs", "examples", example), "--json");
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public void Pins_along_the_planned_paths_score_full_technique()
    {
        var r = Score("mis-perfect.yaml");
        Assert.Equal(100, r.GetProperty("total").GetDouble());
        var angles = r.GetProperty("technique").EnumerateArray().Where(t => t.GetProperty("measurement").GetString() == "angle_to_plan_deg").ToList();
        Assert.Equal(3, angles.Count);
        Assert.All(angles, a => Assert.True(a.GetProperty("within").GetBoolean()));
    }

    [Fact]
    public void The_model_attempt_cut_after_any_number_of_events_never_scores_less_than_before()
    {
        var scenario = App.Cli.ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var attempt = Core.Attempts.AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();

        var totals = Enumerable.Range(0, attempt.Events.Count + 1)
            .Select(k => Core.Scoring.Scorer.Score(scenario, attempt.Events.Take(k).ToList(), attempt.Mode, App.Scene.AnatomyJudge.Shared).Total)
            .ToList();

        Assert.Equal(0, totals[0]);
        Assert.Equal(100, totals[^1]);
        Assert.All(totals.Zip(totals.Skip(1)), p => Assert.True(p.Second >= p.First, $"{p.First} then {p.Second}"));
    }

    [Fact]
    public void A_pin_through_the_s1_foramen_fails_the_attempt_with_a_plain_reason()
    {
        var r = Score("mis-foramen-breach.yaml");
        Assert.False(r.GetProperty("passed").GetBoolean());
        var breach = Assert.Single(r.GetProperty("critical_errors").EnumerateArray(), e => e.GetProperty("kind").GetString() == "breach");
        Assert.Contains("S1 foramen", breach.GetProperty("reason").GetString());
        var clearance = r.GetProperty("technique").EnumerateArray()
            .Where(t => t.GetProperty("measurement").GetString() == "foramen_clearance_mm").Select(t => t.GetProperty("value").GetDouble()).Min();
        Assert.True(clearance < 0, "the derived clearance should show the pin inside the foramen");
    }

    [Fact]
    public void Shots_are_counted_and_shots_beyond_the_scenario_limit_cost_economy_points()
    {
        var perfect = Score("mis-perfect.yaml");
        Assert.Equal(19, perfect.GetProperty("order").GetProperty("shots_taken").GetInt32());

        // The model attempt plus nine extra fluoro shots: 28 shots against a limit of 26.
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml")).ToList();
        lines.AddRange(Enumerable.Range(1, 9).Select(i => $"  - {{do: extra-fluoro-shot, at: {2000 + i}}}"));
        var path = Path.Combine(Path.GetTempPath(), $"shots-{Guid.NewGuid():N}.yaml");
        File.WriteAllLines(path, lines);
        try
        {
            var result = CliRunner.Run("score", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"), "--attempt", path, "--json");
            var r = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
            Assert.Equal(28, r.GetProperty("order").GetProperty("shots_taken").GetInt32());
            Assert.Contains(r.GetProperty("deductions").EnumerateArray(),
                d => d.GetProperty("reason").GetString()!.Contains("2 C-arm shot(s) beyond the scenario's limit of 26"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
