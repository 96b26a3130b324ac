using Simulator.Core.Scenarios;

namespace Simulator.Tests.Cli;

public class NewCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-new-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void New_writes_a_skeleton_that_validates_without_a_warning_and_passes_check()
    {
        var path = Path.Combine(_temp, "demo.yaml");
        var made = CliRunner.Run("new", "demo", "--out", path);
        Assert.True(made.ExitCode == 0, made.Error);
        Assert.Equal(path, made.Out.Trim());
        Assert.EndsWith("information.\n", File.ReadAllText(path), StringComparison.Ordinal); // a text file ends its last line

        var loaded = ScenarioLoader.LoadFile(path);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        var s = loaded.Value!;
        Assert.Equal("demo", s.Id);
        Assert.Equal("Demo", s.Title);
        Assert.Equal(2, s.Entries.OfType<Step>().Count());
        Assert.Single(s.Entries.OfType<StepGroup>());
        Assert.Single(s.Distractors);
        Assert.Equal(new ProficiencyCriterion(3, 80), s.Proficiency);

        var check = CliRunner.Run("check", path);
        Assert.True(check.ExitCode == 0, check.Out);
        Assert.DoesNotContain("warning", check.Out);
        Assert.Contains("autopilot: 100.0, PASS (6 events)", check.Out);
    }

    [Fact]
    public void Every_top_level_key_is_written_under_a_comment_saying_what_it_does()
    {
        var path = Path.Combine(_temp, "keys.yaml");
        Assert.Equal(0, CliRunner.Run("new", "keys", "--out", path).ExitCode);
        var lines = File.ReadAllLines(path);
        foreach (var key in ScenarioKeys.TopLevel)
        {
            var at = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
            Assert.True(at > 0, $"'{key}' is not written");
            Assert.StartsWith("# ", lines[at - 1]);
        }
    }

    [Fact]
    public void Outside_the_repository_the_modeline_names_the_repository_schema_by_its_absolute_path()
    {
        var path = Path.Combine(_temp, "abs.yaml");
        Assert.Equal(0, CliRunner.Run("new", "abs", "--out", path).ExitCode);
        var schema = Modeline(path);
        Assert.True(Path.IsPathRooted(schema), schema);
        Assert.Equal(Path.Combine(RepoPaths.Root, "schemas", "scenario.schema.json"), Path.GetFullPath(schema));
    }

    [Fact]
    public void Inside_the_repository_the_modeline_is_relative_to_the_file()
    {
        // The test's output folder lies inside the repository (…/tests/Simulator.Tests/bin/…).
        var folder = Path.Combine(AppContext.BaseDirectory, "new-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "rel.yaml");
            Assert.Equal(0, CliRunner.Run("new", "rel", "--out", path).ExitCode);
            var schema = Modeline(path);
            Assert.False(Path.IsPathRooted(schema), schema);
            Assert.StartsWith("../", schema);
            Assert.Equal(Path.Combine(RepoPaths.Root, "schemas", "scenario.schema.json"), Path.GetFullPath(Path.Combine(folder, schema)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_out_it_writes_ID_yaml_in_the_current_folder()
    {
        var id = "new-default-" + Guid.NewGuid().ToString("N")[..8];
        var expected = Path.Combine(Directory.GetCurrentDirectory(), id + ".yaml");
        try
        {
            var made = CliRunner.Run("new", id);
            Assert.True(made.ExitCode == 0, made.Error);
            Assert.True(ScenarioLoader.LoadFile(expected).Ok);
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public void A_title_with_colons_hashes_and_quotes_is_kept_exactly()
    {
        var path = Path.Combine(_temp, "t.yaml");
        const string title = "Pin: \"one\" # two — Ünïcode";
        Assert.Equal(0, CliRunner.Run("new", "t", "--title", title, "--out", path).ExitCode);
        Assert.Equal(title, ScenarioLoader.LoadFile(path).ValueOrThrow().Title);
    }

    [Fact]
    public void It_refuses_to_overwrite_a_file_in_one_line_naming_it()
    {
        var path = Path.Combine(_temp, "mine.yaml");
        File.WriteAllText(path, "keep me");
        var r = CliRunner.Run("new", "mine", "--out", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"{path}: error: already exists; not overwritten (choose another --out, or move it away)", r.Error.Trim());
        Assert.Equal("keep me", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Bad_ID")]
    [InlineData("has space")]
    [InlineData("ünï")]
    public void An_id_that_is_not_a_scenario_id_is_refused(string id)
    {
        var r = CliRunner.Run("new", id, "--out", Path.Combine(_temp, "x.yaml"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"simulator: error: scenario id '{id}' must match [a-z0-9-]+ (lowercase letters, digits and hyphens)", r.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_temp, "x.yaml")));
    }

    private static string Modeline(string path)
    {
        const string prefix = "# yaml-language-server: $schema=";
        var first = File.ReadLines(path).First();
        Assert.StartsWith(prefix, first);
        return first[prefix.Length..];
    }
}
