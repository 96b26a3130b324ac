using System.Text.Json;
using Simulator.App.Scene;

namespace Simulator.Tests.Cli;

/// <summary><c>simulator check</c>: validation, lint warnings located at their node, and the reference autopilot.</summary>
public class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-check-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Clean: no warning, and its model attempt scores 100. Every lint test below breaks one thing in it.</summary>
    private const string Base = """
        id: lint
        title: Lint
        steps:
          - {id: prep, name: Prepare, instruction: i, rationale: r, instrument: checklist}
          - {id: cut, name: Cut, instruction: i, rationale: r, instrument: scalpel, action: incision, targets: {length_mm: {min: 30, max: 50, unit: mm}}, feedback: {technique: t}}
          - {id: close, name: Close, instruction: i, rationale: r, instrument: needle, action: closure}
        distractors:
          - {id: slip, name: Slip, instrument: scalpel, consequence: c}
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>"path:line:col" of <paramref name="token"/> on 1-based line <paramref name="line"/> (the step's <c>{</c> when null).</summary>
    private static string At(string path, string text, int line, string? token = null)
    {
        var l = text.Split('\n')[line - 1];
        var col = (token is null ? l.IndexOf('{', StringComparison.Ordinal) : l.IndexOf(token, StringComparison.Ordinal)) + 1;
        Assert.True(col > 0, $"'{token}' not on line {line}");
        return $"{path}:{line}:{col}";
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public void The_base_scenario_is_clean()
    {
        var path = Write("base.yaml", Base);
        var r = CliRunner.Run("check", path);
        Assert.True(r.ExitCode == 0, r.Out);
        Assert.Equal(new[] { $"{path}: 'Lint' (lint), 3 steps (3 actions), 1 distractor", "autopilot: 100.0, PASS (3 events)" },
            r.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("rationale: r, instrument: checklist}", "rationale: \"\", instrument: checklist}", null, null, 4, null,
        "step 'prep' has no 'rationale'")]
    [InlineData("instrument: checklist}", "instrument: checklist, critical: true}", null, null, 4, null,
        "critical step 'prep' has no 'feedback: omitted': a trainee who leaves it out fails without being told why it matters")]
    [InlineData(", feedback: {technique: t}", "", null, null, 5, "length_mm",
        "step 'cut' has targets (length_mm) but no 'feedback: technique'")]
    [InlineData("name: Slip", "name: CUT", null, null, 8, null,
        "distractor 'slip' has the same name as step 'cut' (\"Cut\"): the trainee cannot tell the wrong action from the right one")]
    [InlineData("instrument: checklist}", "instrument: checklist, optional: true}", "action: closure}", "action: closure, requires: [prep]}", 6, null,
        "step 'close' requires optional step 'prep': a trainee who leaves 'prep' out, as 'optional' allows, can never do 'close'")]
    [InlineData("action: closure}", "action: closure, after: [cut]}", null, null, 6, null,
        "'after: [cut]' of step 'close' is already implied by the listed order")]
    [InlineData("action: closure}", "action: closure}\n  - {id: dress, name: Dress, instruction: i, rationale: r, instrument: gauze, after: [prep, cut]}", null, null, 7, null,
        "'prep' in 'after: [prep, cut]' of step 'dress' is already implied: the rest of the order puts 'prep' before it")]
    [InlineData("instrument: checklist}", "instrument: checklist, targets: {depth_mm: {min: 40, max: 60}}, feedback: {technique: t}}", null, null, 4, "depth_mm",
        "target 'depth_mm' of step 'prep' (action check): the window cannot produce it; it can only be scored from scripts")]
    public void Each_lint_rule_warns_once_at_its_node_and_does_not_fail_the_check(
        string find, string replace, string? find2, string? replace2, int line, string? token, string message)
    {
        var text = Base.Replace(find, replace, StringComparison.Ordinal);
        if (find2 is not null)
        {
            text = text.Replace(find2, replace2, StringComparison.Ordinal);
        }

        Assert.NotEqual(Base, text);
        var path = Write("rule.yaml", text);
        var r = CliRunner.Run("check", path);

        Assert.True(r.ExitCode == 0, r.Out);
        Assert.Equal(1, Count(r.Out, $"{At(path, text, line, token)}: warning: {message}"));
        Assert.Equal(1, Count(r.Out, ": warning: "));
        Assert.Contains($"autopilot: 100.0, PASS ({(text.Contains("id: dress", StringComparison.Ordinal) ? 4 : 3)} events)\n", r.Out.Replace("\r", ""));
    }

    [Fact]
    public void A_step_without_a_rationale_key_is_reported_once_although_loader_and_lint_both_find_it()
    {
        var path = Write("norationale.yaml", Base.Replace("rationale: r, instrument: checklist", "instrument: checklist", StringComparison.Ordinal));
        var r = CliRunner.Run("check", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(1, Count(r.Out, "has no 'rationale'"));
    }

    [Fact]
    public void A_target_the_window_cannot_produce_is_not_deducted_from_the_autopilot()
    {
        // gauge_mm is the depth gauge's; on a pin-advance no window event carries it, but a script can.
        const string text = """
            id: gauge
            title: Gauge
            steps:
              - {id: dock, name: Dock, instruction: i, rationale: r, instrument: pin, action: pin-dock}
              - {id: adv, name: Advance, instruction: i, rationale: r, instrument: pin, action: pin-advance, targets: {gauge_mm: {min: 40, max: 60, unit: mm}}, feedback: {technique: t}}
            """;
        var path = Write("gauge.yaml", text);
        var r = CliRunner.Run("check", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var o = JsonDocument.Parse(r.Out).RootElement;
        var warning = Assert.Single(o.GetProperty("warnings").EnumerateArray());
        Assert.Equal(5, warning.GetProperty("line").GetInt32());
        Assert.Equal(text.Split('\n')[4].IndexOf("gauge_mm", StringComparison.Ordinal) + 1, warning.GetProperty("col").GetInt32());
        Assert.StartsWith("target 'gauge_mm' of step 'adv' (action pin-advance): the window cannot produce it; it can only be scored from scripts",
            warning.GetProperty("message").GetString());
        Assert.Equal(100, o.GetProperty("autopilot").GetProperty("total").GetDouble());
    }

    [Fact]
    public void A_target_range_the_anatomy_cannot_produce_fails_the_autopilot_at_the_target()
    {
        const string text = """
            id: anat
            title: Anatomy
            steps:
              - {id: dock, name: Dock, instruction: i, rationale: r, instrument: pin, action: pin-dock}
              - {id: adv, name: Advance the pin, instruction: i, rationale: r, instrument: pin, action: pin-advance, targets: {foramen_clearance_mm: {min: 50, unit: mm, critical: true}}, feedback: {technique: t}}
            """;
        var path = Write("anat.yaml", text);
        var r = CliRunner.Run("check", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{At(path, text, 5, "foramen_clearance_mm")}: error: autopilot: \"Advance the pin\" #1: foramen_clearance_mm ", r.Out);
        Assert.Contains("below the minimum 50 mm (safety limit", r.Out);
        Assert.Matches(@"autopilot: \d+(\.\d+)?, FAIL \(2 events\)", r.Out);
    }

    [Fact]
    public void Max_shots_below_the_reference_fails_the_autopilot_at_the_max_shots_key()
    {
        const string text = """
            id: shots
            title: Shots
            max_shots: 0
            steps:
              - {id: look, name: Look, instruction: i, rationale: r, instrument: C-arm, action: imaging, view: lateral}
            """;
        var path = Write("shots.yaml", text);
        var r = CliRunner.Run("check", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{path}:3:1: error: autopilot: max_shots 0 is below the 1 C-arm shots the model attempt takes", r.Out);
        Assert.Contains($"{path}:3:1: warning: max_shots 0 is below the 1 C-arm shots the reference takes", r.Out);
    }

    [Fact]
    public void A_copy_of_the_MIS_scenario_with_max_shots_1_exits_1_naming_max_shots()
    {
        var lines = File.ReadAllLines(RepoPaths.Scenario("si-joint-fusion-mis"));
        var at = Array.FindIndex(lines, l => l.StartsWith("max_shots:", StringComparison.Ordinal));
        lines[at] = "max_shots: 1";
        var path = Path.Combine(_temp, "mis-one-shot.yaml");
        File.WriteAllLines(path, lines);

        var r = CliRunner.Run("check", path);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{path}:{at + 1}:1: error: autopilot: max_shots 1 is below the 19 C-arm shots the model attempt takes", r.Out);
        Assert.Matches(@"\nautopilot: \d+\.\d+, PASS \(55 events\): the model attempt must score 100 and pass", r.Out);
    }

    [Fact]
    public void A_broken_scenario_prints_located_errors_and_no_autopilot()
    {
        var path = Write("broken.yaml", "id: x\ntitle: X\nsteps:\n  - {id: a, instrument: s, nme: A}\n");
        var text = CliRunner.Run("check", path);
        Assert.Equal(1, text.ExitCode);
        Assert.StartsWith($"{path}: invalid — 1 error\n", text.Out.Replace("\r", ""));
        Assert.Contains($"{path}:4:28: error: unknown key 'nme' in step 'a' (did you mean 'name'?)", text.Out);
        Assert.Contains("autopilot: not run (the file is invalid)", text.Out);

        var json = CliRunner.Run("check", path, "--format", "json");
        Assert.Equal(1, json.ExitCode);
        var o = JsonDocument.Parse(json.Out).RootElement;
        Assert.False(o.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("autopilot").ValueKind);
        var e = Assert.Single(o.GetProperty("errors").EnumerateArray());
        Assert.Equal(4, e.GetProperty("line").GetInt32());
        Assert.Equal(28, e.GetProperty("col").GetInt32());
        Assert.Equal("unknown key 'nme' in step 'a' (did you mean 'name'?)", e.GetProperty("message").GetString());
        Assert.Equal($"{path}:4:28: error: unknown key 'nme' in step 'a' (did you mean 'name'?)", e.GetProperty("text").GetString());
    }

    [Fact]
    public void Shipped_scenarios_pass_in_text()
    {
        var files = ShippedFiles();
        var r = CliRunner.Run(new[] { "check" }.Concat(files).ToArray());
        Assert.True(r.ExitCode == 0, r.Out);
        Assert.DoesNotContain(": error: ", r.Out);
        foreach (var file in files)
        {
            var events = ReferenceAttempt.Events(App.Cli.ScenarioLocator.Load(file)).Count;
            Assert.Contains($"{file}: '", r.Out);
            Assert.Contains($"autopilot: 100.0, PASS ({events} events)", r.Out);
        }
    }

    [Fact]
    public void Shipped_scenarios_in_json_are_an_array_of_the_documented_objects()
    {
        var files = ShippedFiles();
        var r = CliRunner.Run(new[] { "check", "--format", "json" }.Concat(files).ToArray());
        Assert.True(r.ExitCode == 0, r.Out);
        var items = JsonDocument.Parse(r.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(files.Length, items.Count);
        for (var i = 0; i < files.Length; i++)
        {
            var o = items[i];
            Assert.Equal(new[] { "file", "valid", "errors", "warnings", "autopilot" }, o.EnumerateObject().Select(p => p.Name));
            Assert.Equal(files[i], o.GetProperty("file").GetString());
            Assert.True(o.GetProperty("valid").GetBoolean());
            Assert.Empty(o.GetProperty("errors").EnumerateArray());
            Assert.All(o.GetProperty("warnings").EnumerateArray(), w =>
                Assert.Equal(new[] { "line", "col", "message", "text" }, w.EnumerateObject().Select(p => p.Name)));
            var autopilot = o.GetProperty("autopilot");
            Assert.Equal(new[] { "total", "passed", "events" }, autopilot.EnumerateObject().Select(p => p.Name));
            Assert.Equal(100, autopilot.GetProperty("total").GetDouble());
            Assert.True(autopilot.GetProperty("passed").GetBoolean());

            var model = ReferenceAttempt.Events(App.Cli.ScenarioLocator.Load(files[i]));
            var events = autopilot.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(model.Select(e => (e.Do, e.At)), events.Select(e => (e.GetProperty("do").GetString()!, e.GetProperty("at").GetDouble())));
            Assert.All(events, e => Assert.Equal(new[] { "do", "at", "with" }, e.EnumerateObject().Select(p => p.Name)));
            var pin = events.First(e => e.GetProperty("with").TryGetProperty("tip", out _)).GetProperty("with").GetProperty("tip");
            Assert.Equal(3, pin.GetArrayLength());
        }
    }

    [Fact]
    public void One_file_in_json_is_one_object()
    {
        var r = CliRunner.Run("check", "--format", "json", Write("one.yaml", Base));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(r.Out).RootElement.ValueKind);
    }

    [Fact]
    public void A_scenario_id_and_a_pattern_the_shell_left_alone_name_files_too()
    {
        var byId = CliRunner.Run("check", "si-joint-fusion-open");
        Assert.True(byId.ExitCode == 0, byId.Out);
        Assert.Contains("(si-joint-fusion-open), ", byId.Out);

        var a = Write("a.yaml", Base);
        var b = Write("b.yaml", Base.Replace("id: lint", "id: lint-b", StringComparison.Ordinal));
        var glob = CliRunner.Run("check", Path.Combine(_temp, "*.yaml"));
        Assert.Equal(0, glob.ExitCode);
        Assert.Contains($"{a}: 'Lint' (lint)", glob.Out);
        Assert.Contains($"{b}: 'Lint' (lint-b)", glob.Out);
    }

    [Fact]
    public void Check_has_help()
    {
        Assert.Equal(0, CliRunner.Run("check", "--help").ExitCode);
        Assert.Equal(0, CliRunner.Run("new", "--help").ExitCode);
    }

    private static string[] ShippedFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
}
