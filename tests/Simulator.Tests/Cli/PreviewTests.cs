using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Simulator.App.Imaging;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Cli;

/// <summary><c>simulator preview FILE --out DIR</c>: a section and non-blank pictures for every reference action, and the bad-input paths.</summary>
public partial class PreviewTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-preview-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Two steps, a group done twice with a shot of no named view in it, a name to escape, no phases.</summary>
    private const string SmallYaml = """
        id: small
        title: Small <b>& safe</b>
        max_shots: 4
        steps:
          - {id: cut, action: incision, name: Cut the skin, instruction: cut it, rationale: opens the way, instrument: scalpel, targets: {length_mm: {min: 30, max: 50, unit: mm}}}
          - group: cycle
            name: The cycle
            repeat: 2
            steps:
              - {id: dock, action: pin-dock, name: Dock the pin, instruction: dock, rationale: starts the path, instrument: pin, requires: [cut]}
              - {id: look, action: imaging, name: Any shot, instruction: shoot, rationale: shows the pin, instrument: C-arm}
          - {id: close, action: closure, name: Close, instruction: close, rationale: seals, instrument: needle, after: [cycle], requires: [cut, dock]}
        distractors:
          - {id: slip, name: Slip <i>, consequence: damages tissue, critical: true, instrument: scalpel, action: incision}
        """;

    [Fact]
    public void The_MIS_preview_has_a_section_and_non_blank_pictures_for_every_reference_action()
    {
        var scenarioPath = RepoPaths.Scenario("si-joint-fusion-mis");
        var outDir = Path.Combine(_temp, "mis");
        var run = CliRunner.Run("preview", scenarioPath, "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Path.Combine(outDir, "index.html"), run.Out.Trim());
        var reference = ScenarioLoader.LoadFile(scenarioPath).ValueOrThrow().ExpandedReference();
        var shots = reference.Count(s => s.Action == StepActions.Imaging);
        Assert.Equal(55, reference.Count);
        Assert.Equal(19, shots);

        var sections = Sections(File.ReadAllText(Path.Combine(outDir, "index.html")));
        Assert.Equal(reference.Count, sections.Count);
        var seen = new Dictionary<string, int>();
        var previous = Array.Empty<byte>();
        for (var i = 0; i < reference.Count; i++)
        {
            var step = reference[i];
            var k = seen[step.Id] = seen.GetValueOrDefault(step.Id) + 1;
            var times = reference.Count(s => s.Id == step.Id);
            var section = sections[i];
            Assert.Contains($"<h3>{WebUtility.HtmlEncode(step.Name)}{(times > 1 ? $" #{k}" : "")}</h3>", section);
            Assert.Contains(WebUtility.HtmlEncode(step.Instruction), section);
            var images = Images(section);
            Assert.Equal(step.Action == StepActions.Imaging ? 2 : 1, images.Count);
            foreach (var image in images)
            {
                AssertNotBlank(Path.Combine(outDir, image));
            }

            var view = File.ReadAllBytes(Path.Combine(outDir, images[0]));
            if (step.Action is StepActions.PinDock or StepActions.Drill or StepActions.Incision)
            {
                // The action itself shows: its picture is not the one before it.
                Assert.False(view.AsSpan().SequenceEqual(previous), $"{step.Id} #{k} looks as before it");
            }

            previous = view;
        }

        // One progress line per picture on a redirected error stream.
        Assert.Equal(reference.Count + shots, run.Error.Split('\n').Count(l => l.StartsWith("preview: ", StringComparison.Ordinal)));
        Assert.Contains($"preview: {reference.Count + shots}/{reference.Count + shots} ", run.Error);
    }

    [Fact]
    public void A_small_scenario_lists_repeats_requires_by_name_shots_without_a_view_and_the_distractors()
    {
        var scenario = Path.Combine(_temp, "small.yaml");
        File.WriteAllText(scenario, SmallYaml);
        var outDir = Path.Combine(_temp, "out", "small");

        var run = CliRunner.Run("preview", scenario, "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Error);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        var sections = Sections(html);
        Assert.Equal(6, sections.Count);
        Assert.Contains("<h3>Dock the pin #2</h3>", sections[3]);
        Assert.Contains("<h3>Any shot #2</h3>", sections[4]);
        Assert.Contains("The cycle, round 2 of 2", sections[4]);
        Assert.Contains("any (shown: lateral)", sections[4]);
        Assert.Equal(2, Images(sections[4]).Count);
        Assert.Contains("<dt>Requires</dt><dd>Cut the skin; Dock the pin</dd>", sections[5]);
        Assert.Contains("<dt>After</dt><dd>The cycle</dd>", sections[5]);
        Assert.Contains("<td>length_mm</td><td>30–50</td><td>mm</td>", sections[0]);
        Assert.Contains("Small &lt;b&gt;&amp; safe&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>& safe", html);
        Assert.Contains("<td>Slip &lt;i&gt;</td><td>scalpel</td><td>incision</td><td>damages tissue</td>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        foreach (var section in sections)
        {
            Images(section).ForEach(image => AssertNotBlank(Path.Combine(outDir, image)));
        }

        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public void A_missing_or_invalid_scenario_is_a_located_error_and_writes_nothing()
    {
        var outDir = Path.Combine(_temp, "never");
        var missing = CliRunner.Run("preview", Path.Combine(_temp, "gone.yaml"), "--out", outDir);
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith(Path.Combine(_temp, "gone.yaml") + ": error:", missing.Error);

        var bad = Path.Combine(_temp, "bad.yaml");
        File.WriteAllText(bad, "id: bad\ntitle: Bad\nsteps:\n  - {id: a, reqires: [b]}\n");
        var invalid = CliRunner.Run("preview", bad, "--out", outDir);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Matches($"^{Regex.Escape(bad)}:4:\\d+: error: unknown key 'reqires'", invalid.Error);
        Assert.DoesNotContain(" at ", invalid.Error);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_line_naming_it()
    {
        var file = Path.Combine(_temp, "a-file");
        File.WriteAllText(file, "");
        var scenario = Path.Combine(_temp, "small.yaml");
        File.WriteAllText(scenario, SmallYaml);
        var outDir = Path.Combine(file, "sub");

        var run = CliRunner.Run("preview", scenario, "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"simulator: error: {outDir}: cannot create the output folder", line);
    }

    [Fact]
    public async Task Without_EGL_it_is_one_clear_line_exit_1_and_no_folder_left_behind()
    {
        var scenario = Path.Combine(_temp, "small.yaml");
        File.WriteAllText(scenario, SmallYaml);
        var outDir = Path.Combine(_temp, "no-egl");
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _temp,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "simulator.dll"), "preview", scenario, "--out", outDir })
        {
            start.ArgumentList.Add(arg);
        }

        // libglvnd finds no EGL vendor (Mesa) library: the display cannot be had, as on a machine without Mesa.
        start.Environment["__EGL_VENDOR_LIBRARY_DIRS"] = Path.Combine(_temp, "no-vendors");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.Equal(1, process.ExitCode);
        Assert.Equal("", output);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("simulator: error: EGL ", line);
        Assert.Contains("apt install libegl1 libgl1-mesa-dri", line);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Preview_without_out_is_a_usage_error()
    {
        var run = CliRunner.Run("preview", RepoPaths.Scenario("si-joint-fusion-mis"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error);
    }

    /// <summary>The page's action sections, in order (each from its opening tag to the next).</summary>
    private static List<string> Sections(string html) =>
        ArticleRegex().Matches(html).Select(m => m.Value).ToList();

    /// <summary>The image files a section shows: the 3D view, then the C-arm image where there is one.</summary>
    private static List<string> Images(string section) =>
        ImageRegex().Matches(section).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>A picture, not an empty frame: the grey levels spread (standard deviation over 12 of 255).</summary>
    private static void AssertNotBlank(string path)
    {
        Assert.True(File.Exists(path), path);
        var (rgba, width, height) = PngFile.Read(path);
        Assert.True((width, height) is (640, 400) or (384, 384), $"{path}: {width}×{height}");
        double sum = 0, squares = 0;
        var n = width * height;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var grey = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
            sum += grey;
            squares += grey * grey;
        }

        var mean = sum / n;
        var sd = Math.Sqrt(Math.Max(0, squares / n - mean * mean));
        Assert.True(sd > 12, $"{path} is blank (grey levels {mean:0.#} ± {sd:0.#})");
    }

    [GeneratedRegex("<article id=\"a\\d+\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageRegex();
}
