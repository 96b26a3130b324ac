using System.Diagnostics;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>What the mutation tests found through the CLI, each pinned down: one located line and exit 1, never "internal error".</summary>
public sealed class CliRegressionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-cli-regress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Run_script_with_an_event_at_1e20_seconds_is_a_located_error_not_a_TimeSpan_overflow()
    {
        var example = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"));
        var script = Write("late.yaml", example.Replace("{do: skin-closure, at: 1650}", "{do: skin-closure, at: 99999999999999999999}", StringComparison.Ordinal));
        Assert.NotEqual(example, File.ReadAllText(script));

        var run = CliRunner.Run("run", "--script", script, "--results", Path.Combine(_dir, "results"));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(script)}:\d+:\d+: error: 'at' must be at most 10000000 seconds \(got 1E\+20\)\s*$", run.Error);
    }

    [Fact]
    public void Replay_of_a_log_whose_header_names_no_scenario_is_a_located_error_not_a_null_reference()
    {
        var log = Write("x.log.jsonl", """
            {"log":"simulator-session","version":2,"scenario":null,"trainee":"t","mode":"guided"}
            {"do":"positioning-check","at":30,"with":{}}

            """);

        var replay = CliRunner.Run("replay", log);

        Assert.Equal(1, replay.ExitCode);
        Assert.Equal($"{log}:1:1: error: not a simulator session log: \"scenario\" must be non-empty text, not null", replay.Error.Trim());
    }

    [Fact]
    public void Validate_of_a_scenario_repeating_a_step_two_billion_times_answers_at_once()
    {
        var scenario = File.ReadAllText(RepoPaths.Scenario("si-joint-fusion-mis"));
        var path = Write("bomb.yaml", scenario.Replace("    repeat: 3\n", "    repeat: 2000000000\n", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();

        var run = CliRunner.Run("validate", path);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: error: repeat must be at most 100 \(got 2000000000\)", run.Out);
    }
}
