using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Sessions;
using Simulator.App.Start;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Records;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

/// <summary>The trainee's record in the real window: on the start screen for the name and scenario chosen, and in the debrief with the new attempt.</summary>
[Collection("gl")]
public sealed class RecordsWindowTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-records-window-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Store => Path.Combine(_temp, "records.db");

    private void Record(string trainee, params double[] totals)
    {
        using var store = RecordStore.Open(Store);
        for (var i = 0; i < totals.Length; i++)
        {
            var started = DateTimeOffset.Now.AddDays(i - 10);
            store.Record(new SessionRecord
            {
                Trainee = trainee, ScenarioId = "si-joint-fusion-mis", Mode = "assessment", Started = started, Ended = started.AddMinutes(20),
                Total = totals[i], Passed = totals[i] >= 70,
            });
        }
    }

    [Fact]
    public void The_debrief_shows_the_record_with_the_attempt_just_made()
    {
        Record("e2e", 90, 95);
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();
        var folder = new ResultsFolder(_temp, scenario, "e2e", DateTimeOffset.Now);
        var errors = new StringWriter();

        using (XvfbServer.Start())
        {
            Assert.Equal(0, WindowLauncher.PlayScript(new CliContext(new StringWriter(), errors), scenario, attempt, Mode.Assessment, folder, "e2e",
                secondsPerEvent: 0.02, debriefSeconds: 0.1, store: Store));
        }

        var today = DateTimeOffset.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"record: Last scores: 90 ✔ → 95 ✔ → 100 ✔ · Proficient since {today} (attempt 3)", errors.ToString().Replace('\u00A0', ' '));

        // The proficiency line is drawn in the debrief's header, in the "good" blue, below the verdict.
        var (pixels, width, _) = PngFile.Read(folder.Stem + ".window.png");
        Assert.True(Blue(pixels, width, 0, 60, 700, 160) > 150, "no blue proficiency line under the debrief's verdict");
    }

    [Fact]
    public void The_start_screen_shows_the_record_of_the_name_typed_on_the_scenario_selected()
    {
        Record("r-smith", 80, 85, 90);
        var settings = new TrainerSettings { WindowWidth = 1024, WindowHeight = 640 };
        var model = new StartScreenModel(Path.Combine(RepoPaths.Root, "scenarios"), settings, Mode.Assessment, "r-smith")
        {
            Records = new TraineeStanding(Store),
        };

        using var xvfb = XvfbServer.Start();
        using var window = GlfwWindow.Open("start test", settings.WindowWidth, settings.WindowHeight);
        using var start = new StartWindow(window, model);
        var frames = 0;
        Assert.Null(start.Run(shouldStop: () => ++frames > 3));
        start.DrawFrame();
        var layout = start.Layout;
        var top = (int)(layout.StandingTop - 14);
        var bottom = (int)layout.AboutTop;
        var proficient = Blue(start.ReadFrame(), 1024, (int)layout.ColumnLeft, top, 1024, bottom);

        Assert.StartsWith("Proficient since", model.Standing.Lines[1]);
        Assert.True(proficient > 100, $"only {proficient} blue pixels where the proficiency line belongs");
        Assert.True(layout.StandingTop > layout.Start.Bottom && layout.AboutTop < layout.AboutBottom);

        // Another name: nothing recorded, nothing blue there.
        start.OnKey(Keys.Tab, true, false, 0);
        start.OnKey(Keys.Tab, true, false, 0);
        start.OnKey(Keys.Tab, true, false, 0);
        Assert.Equal(StartField.Trainee, model.Focus);
        start.OnChar('x');
        start.DrawFrame();
        Assert.Equal("No recorded attempts on this scenario yet.", model.Standing.Lines[0]);
        Assert.True(Blue(start.ReadFrame(), 1024, (int)layout.ColumnLeft, top, 1024, bottom) < 10);
    }

    /// <summary>Pixels of the HUD's "good" blue (90, 160, 255) in the rectangle, within anti-aliasing.</summary>
    private static int Blue(byte[] rgba, int width, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var i = (y * width + x) * 4;
                count += rgba[i] is > 60 and < 130 && rgba[i + 1] is > 130 and < 190 && rgba[i + 2] > 220 ? 1 : 0;
            }
        }

        return count;
    }
}
