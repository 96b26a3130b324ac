using System.Text.Json;

namespace Simulator.Tests.Cli;

public class CliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Scenario = TinyScenario.Yaml;

    [Fact]
    public void Validate_shipped_scenarios_exits_zero()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml");
        Assert.NotEmpty(files);
        var result = CliRunner.Run(new[] { "validate" }.Concat(files).ToArray());
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("error", result.Out);
    }

    [Fact]
    public void Validate_broken_file_prints_located_errors_and_exits_one()
    {
        var path = Write("broken.yaml", "id: x\ntitle: X\nsteps:\n  - {id: a, instrument: s, nme: A}\n");
        var result = CliRunner.Run("validate", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:4:28: error: unknown key 'nme' in step 'a' (did you mean 'name'?)", result.Out);
    }

    [Fact]
    public void Validate_json_reports_validity_per_file()
    {
        var good = Write("good.yaml", Scenario);
        var bad = Write("bad.yaml", "id: x\n");
        var result = CliRunner.Run("validate", "--format", "json", good, bad);
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.True(items[0].GetProperty("valid").GetBoolean());
        Assert.False(items[1].GetProperty("valid").GetBoolean());
        Assert.Equal("error", items[1].GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Score_json_has_exactly_the_contract_keys_and_exits_zero_even_when_failed()
    {
        var scenario = Write("s.yaml", Scenario);
        var attempt = Write("a.yaml", "scenario: tiny\nevents:\n  - {do: cut, at: 1, with: {length: 40}}\n  - {do: close, at: 2}\n");
        var result = CliRunner.Run("score", "--scenario", scenario, "--attempt", attempt, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(
            new[] { "total", "passed", "order", "omitted", "repeated", "extras", "critical_errors", "technique", "deductions" },
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.False(doc.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal("fix", doc.RootElement.GetProperty("omitted")[0].GetProperty("id").GetString());
        var order = doc.RootElement.GetProperty("order");
        foreach (var key in new[] { "edit_distance", "similarity", "precedence_violations", "adherence" })
        {
            Assert.True(order.TryGetProperty(key, out _), key);
        }

        Assert.Equal(1, order.GetProperty("edit_distance").GetInt32());
    }

    [Fact]
    public void Score_with_unknown_step_gives_located_error_without_stack_trace()
    {
        var scenario = Write("s.yaml", Scenario);
        var attempt = Write("a.yaml", "scenario: tiny\nevents:\n  - {do: cutt, at: 1}\n");
        var result = CliRunner.Run("score", "--scenario", scenario, "--attempt", attempt);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{attempt}:3:10: error: unknown step or distractor id 'cutt' in scenario 'tiny' (did you mean 'cut'?)", result.Error.Trim());
    }

    [Fact]
    public void Missing_files_and_usage_errors_have_distinct_exit_codes()
    {
        var missing = CliRunner.Run("score", "--scenario", Path.Combine(_temp, "none.yaml"), "--attempt", "x.yaml");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("none.yaml: error: file not found", missing.Error);
        Assert.DoesNotContain("   at ", missing.Error);

        var usage = CliRunner.Run("score", "--scenario", "x.yaml");
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(2, CliRunner.Run("no-such-verb").ExitCode);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("score")]
    [InlineData("run")]
    [InlineData("list")]
    public void Every_verb_has_help(string verb)
    {
        var result = CliRunner.Run(verb, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
    }

    [Fact]
    public void Run_with_script_writes_log_and_result_equal_to_score()
    {
        var scenario = Write("s.yaml", Scenario);
        var attempt = Write("a.yaml", "scenario: tiny\nmode: assessment\nevents:\n  - {do: cut, at: 1.5, with: {length: 44}}\n  - {do: slip, at: 3}\n  - {do: fix, at: 9}\n  - {do: close, at: 20}\n");
        var results = Path.Combine(_temp, "results");
        var run = CliRunner.Run("run", "--scenario", scenario, "--script", attempt, "--results", results);
        Assert.Equal(0, run.ExitCode);

        var log = Assert.Single(Directory.GetFiles(results, "*.log.jsonl"));
        var lines = File.ReadAllLines(log);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\"log\":\"simulator-session\"", lines[0]);
        Assert.Contains("\"do\":\"slip\"", lines[2]);

        var resultJson = File.ReadAllText(Assert.Single(Directory.GetFiles(results, "*.result.json")));
        var score = CliRunner.Run("score", "--scenario", scenario, "--attempt", attempt, "--json");
        Assert.Equal(score.Out.Trim(), resultJson.Trim());
    }
}
