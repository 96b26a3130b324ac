using System.Diagnostics;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Sessions;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Rendering.Tests.EndToEnd;

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
}
