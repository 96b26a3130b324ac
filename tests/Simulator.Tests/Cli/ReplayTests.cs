namespace Simulator.Tests.Cli;

public class ReplayTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-replay-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string RunScript(params string[] extra)
    {
        var script = Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml");
        var run = CliRunner.Run(new[] { "run", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"), "--script", script, "--results", _temp }.Concat(extra).ToArray());
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(Directory.GetFiles(_temp, "*.log.jsonl"));
    }

    [Fact]
    public void Replaying_a_log_gives_the_live_result_and_the_score_of_the_same_attempt()
    {
        var log = RunScript();
        var replay = CliRunner.Run("replay", log, "--json");
        Assert.Equal(0, replay.ExitCode);
        var live = File.ReadAllText(Assert.Single(Directory.GetFiles(_temp, "*.result.json")));
        var score = CliRunner.Run("score", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"),
            "--attempt", Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), "--json");
        Assert.Equal(live.Trim(), replay.Out.Trim());
        Assert.Equal(score.Out.Trim(), replay.Out.Trim());
    }

    [Fact]
    public void A_hint_noted_in_the_log_is_listed_in_the_replayed_debrief_and_changes_no_score()
    {
        var log = RunScript();
        var lines = File.ReadAllLines(log).ToList();
        lines.Insert(2, """{"note":"plan-shown","at":12.4,"message":"showed the plan (target corridors and danger structures) as a hint"}""");
        File.WriteAllLines(log, lines);

        var json = CliRunner.Run("replay", log, "--json");
        var text = CliRunner.Run("replay", log);

        Assert.Equal(File.ReadAllText(Assert.Single(Directory.GetFiles(_temp, "*.result.json"))).Trim(), json.Out.Trim());
        Assert.Contains("Hints taken: the plan was shown once (at 0:12).", text.Out);
        Assert.DoesNotContain("Hints taken", json.Out);
    }

    [Fact]
    public void Replaying_a_tiny_scenario_log_gives_the_live_result_and_the_score_of_the_same_attempt()
    {
        var scenario = Path.Combine(_temp, "tiny.yaml");
        File.WriteAllText(scenario, TinyScenario.Yaml);
        var attempt = Path.Combine(_temp, "a.yaml");
        File.WriteAllText(attempt, "scenario: tiny\nmode: assessment\nevents:\n  - {do: fix, at: 1}\n  - {do: cut, at: 2.5, with: {length: 61}}\n  - {do: slip, at: 3}\n  - {do: close, at: 20}\n");
        var results = Path.Combine(_temp, "results");
        Assert.Equal(0, CliRunner.Run("run", "--scenario", scenario, "--script", attempt, "--results", results).ExitCode);
        var log = Assert.Single(Directory.GetFiles(results, "*.log.jsonl"));

        var replay = CliRunner.Run("replay", log, "--json");
        var score = CliRunner.Run("score", "--scenario", scenario, "--attempt", attempt, "--json");
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal(score.Out, replay.Out);
        Assert.Equal(File.ReadAllText(Assert.Single(Directory.GetFiles(results, "*.result.json"))).Trim(), replay.Out.Trim());
        Assert.Contains("\"passed\": false", replay.Out); // fix before cut in assessment mode: a critical error
    }

    [Fact]
    public void Replay_render_saves_the_five_final_views_beside_the_log_or_in_out()
    {
        var log = RunScript();
        var stem = Path.GetFileName(log)[..^".log.jsonl".Length];
        var beside = CliRunner.Run("replay", log, "--json", "--render");
        Assert.Equal(0, beside.ExitCode);
        foreach (var view in new[] { "lateral", "ap", "inlet", "outlet", "surgeon" })
        {
            var path = Path.Combine(_temp, $"{stem}-{view}.png");
            Assert.True(File.Exists(path), path);
            Assert.Contains($"saved: {path}", beside.Error);
        }

        Assert.StartsWith("{", beside.Out.TrimStart());
        var shots = Path.Combine(_temp, "shots", "new");
        Assert.Equal(0, CliRunner.Run("replay", log, "--render", "--out", shots).ExitCode);
        Assert.Equal(5, Directory.GetFiles(shots, $"{stem}-*.png").Length);
    }

    [Fact]
    public void A_log_torn_by_a_crash_still_replays_its_complete_events_with_a_warning()
    {
        var log = RunScript();
        var lines = File.ReadAllLines(log);
        var torn = Path.Combine(_temp, "torn.log.jsonl");
        File.WriteAllText(torn, string.Join("\n", lines[..^1]) + "\n" + lines[^1][..(lines[^1].Length / 2)]);
        var replay = CliRunner.Run("replay", torn, "--json");
        Assert.Equal(0, replay.ExitCode);
        Assert.Contains($"{torn}:{lines.Length}:1: warning: last line is incomplete", replay.Error);
        Assert.Contains("\"performed\"", replay.Out);
    }

    [Fact]
    public void A_broken_log_line_is_a_located_error()
    {
        var log = RunScript();
        var lines = File.ReadAllLines(log).ToList();
        lines.Insert(2, "{not json");
        var broken = Path.Combine(_temp, "broken.log.jsonl");
        File.WriteAllLines(broken, lines);
        var replay = CliRunner.Run("replay", broken);
        Assert.Equal(1, replay.ExitCode);
        Assert.StartsWith($"{broken}:3:1: error: not a valid event line", replay.Error.Trim());
    }

    [Fact]
    public void Headless_run_writes_the_final_views_and_a_report_with_them()
    {
        RunScript("--headless");
        // Five 3D views plus the lateral, inlet and outlet C-arm views with the plan drawn in.
        Assert.Equal(8, Directory.GetFiles(_temp, "*.png").Length);
        Assert.Equal(3, Directory.GetFiles(_temp, "*.fluoro-*.png").Length);
        var report = File.ReadAllText(Assert.Single(Directory.GetFiles(_temp, "*.report.html")));
        Assert.Contains("data:image/png;base64,", report);
        Assert.Contains("planned paths in blue", report);
    }

    [Fact]
    public void Window_and_headless_together_or_without_a_script_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("run", "--window", "--headless", "--script", "x.yaml").ExitCode);
        Assert.Equal(2, CliRunner.Run("run", "--headless").ExitCode);
    }

    [Fact]
    public void A_live_window_session_without_a_display_is_one_line_and_exit_one()
    {
        if (Environment.GetEnvironmentVariable("DISPLAY") is { Length: > 0 } || Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") is { Length: > 0 })
        {
            return; // a desktop session would open the window
        }

        var result = CliRunner.Run("run", "--window", "--scenario", RepoPaths.Scenario("si-joint-fusion-mis"), "--results", _temp);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("simulator: error: no display (DISPLAY and WAYLAND_DISPLAY are not set)", result.Error.Trim());
        Assert.Empty(Directory.GetFiles(_temp, "*.log.jsonl"));
    }
}
