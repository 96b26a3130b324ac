using System.Diagnostics;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Sessions;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.EndToEnd.Tests;

/// <summary>Plays an attempt visibly in the real window (on a private Xvfb display) and checks what it leaves behind.</summary>
[Collection("gl")]
public class WindowPlaybackTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-e2e-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_script_played_in_the_window_writes_the_same_result_as_score_and_a_debrief_screenshot()
    {
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), scenario).ValueOrThrow();
        var folder = new ResultsFolder(_temp, scenario, "e2e", DateTimeOffset.Now);
        var output = new StringWriter();
        var errors = new StringWriter();

        using (XvfbServer.Start())
        {
            var code = WindowLauncher.PlayScript(new CliContext(output, errors), scenario, attempt, attempt.Mode, folder, "e2e",
                secondsPerEvent: 0.02, debriefSeconds: 0.1);
            Assert.Equal(0, code);
        }

        var expected = ScoreJson.Serialize(Scorer.Score(scenario, attempt.Events, attempt.Mode, Simulator.App.Scene.AnatomyJudge.Shared));
        Assert.Equal(expected, File.ReadAllText(folder.ResultPath));
        Assert.Equal(attempt.Events.Count + 1, File.ReadAllLines(folder.LogPath).Length);

        var (pixels, width, height) = PngFile.Read(folder.Stem + ".window.png");
        Assert.Equal((1280, 800), (width, height));
        // The debrief is up: a FAIL attempt paints its verdict in orange (not red) somewhere on screen.
        var orange = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            orange += pixels[i] > 200 && pixels[i + 1] is > 110 and < 190 && pixels[i + 2] < 90 ? 1 : 0;
        }

        Assert.True(orange > 200, $"only {orange} orange pixels: the debrief verdict is not visible");
        Assert.Contains("FAIL", output.ToString());
    }

    [Fact]
    public void Run_window_script_writes_the_final_views_from_the_window_context_and_the_report_embeds_them()
    {
        var script = Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml");
        var output = new StringWriter();
        var errors = new StringWriter();
        using (XvfbServer.Start())
        {
            // What a person types: simulator run --window --script docs/examples/mis-perfect.yaml
            var code = CliApp.Run(new[] { "run", "--window", "--script", script, "--results", _temp }, new CliContext(output, errors));
            Assert.True(code == 0, errors.ToString());
        }

        var stem = Assert.Single(Directory.GetFiles(_temp, "*.report.html"))[..^".report.html".Length];
        var folder = (ReportPath: stem + ".report.html", Stem: stem);
        var html = File.ReadAllText(folder.ReportPath);
        Assert.DoesNotContain("Images unavailable", html);
        var views = new[] { "lateral", "ap", "inlet", "outlet", "surgeon", "fluoro-lateral", "fluoro-inlet", "fluoro-outlet" };
        foreach (var view in views)
        {
            var path = $"{folder.Stem}.{view}.png";
            Assert.True(File.Exists(path), $"{path} was not written");
            Assert.Contains($"saved: {path}", errors.ToString());
            var (pixels, width, height) = PngFile.Read(path);
            var differing = 0;
            for (var i = 0; i < pixels.Length; i += 4)
            {
                differing += Math.Abs(pixels[i] - pixels[0]) + Math.Abs(pixels[i + 1] - pixels[1]) + Math.Abs(pixels[i + 2] - pixels[2]) > 30 ? 1 : 0;
            }

            Assert.True(differing > width * height / 20, $"{view}: only {differing} of {width * height} pixels differ from the corner: blank");
            Assert.Contains(Convert.ToBase64String(File.ReadAllBytes(path)), html);
        }

        // The debrief screenshot shows the final C-arm views beside the deductions (left column, lower half).
        var (shot, shotWidth, shotHeight) = PngFile.Read(folder.Stem + ".window.png");
        var grey = 0;
        for (var y = shotHeight / 2; y < shotHeight - 40; y++)
        {
            for (var x = 0; x < shotWidth / 2; x++)
            {
                var i = (y * shotWidth + x) * 4;
                grey += shot[i] > 90 && Math.Abs(shot[i] - shot[i + 1]) < 8 && Math.Abs(shot[i] - shot[i + 2]) < 8 ? 1 : 0;
            }
        }

        Assert.True(grey > shotWidth * shotHeight / 100, $"only {grey} bone-grey pixels: the debrief does not show the C-arm views");
    }
}
