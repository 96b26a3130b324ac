using Simulator.App.Cli;
using Simulator.App.Reports;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;

namespace Simulator.Tests.Sessions;

public class SessionResultsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-results-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_full_disk_while_writing_results_is_one_line_and_keeps_the_flushed_log()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only: /dev/full fails every write with ENOSPC, a real full disk for one file
        }

        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();
        var started = DateTimeOffset.Now;
        var folder = new ResultsFolder(_temp, scenario, "r-smith", started);
        Core.Scoring.ScoreResult result;
        using (var log = folder.CreateLog(scenario, "r-smith", attempt.Mode, started))
        {
            result = ScriptedSession.Play(scenario, attempt.Events, attempt.Mode, log);
        }

        var logText = File.ReadAllText(folder.LogPath);
        File.CreateSymbolicLink(folder.ResultPath + ".tmp", "/dev/full");
        var info = new SessionInfo("r-smith", "guided", started, folder.LogPath);

        var error = Assert.ThrowsAny<IOException>(() => SessionResults.Write(folder, scenario, result, info, renderImages: false));
        Assert.StartsWith($"{folder.ResultPath}: cannot write", error.Message);
        Assert.EndsWith($"the session log is saved: {folder.LogPath}", error.Message);
        Assert.False(File.Exists(folder.ResultPath));
        Assert.Equal(logText, File.ReadAllText(folder.LogPath));
        Assert.Equal(attempt.Events.Count + 1, File.ReadAllLines(folder.LogPath).Length);

        var errors = new StringWriter();
        Assert.Equal(1, CliApp.Report(error, new CliContext(new StringWriter(), errors)));
        Assert.Single(errors.ToString().Trim().Split('\n'));
    }

    [Fact]
    public void A_finished_session_writes_result_debrief_and_report_and_lists_them_log_first()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), scenario).ValueOrThrow();
        var started = DateTimeOffset.Now;
        var folder = new ResultsFolder(_temp, scenario, "", started);
        Core.Scoring.ScoreResult result;
        using (var log = folder.CreateLog(scenario, "", attempt.Mode, started))
        {
            result = ScriptedSession.Play(scenario, attempt.Events, attempt.Mode, log);
        }

        var files = SessionResults.Write(folder, scenario, result, new SessionInfo("", "assessment", started, folder.LogPath), renderImages: false);

        Assert.Equal(new[] { folder.LogPath, folder.ResultPath, folder.DebriefPath, folder.ReportPath }, files);
        Assert.Equal(Core.Scoring.ScoreJson.Serialize(result), File.ReadAllText(folder.ResultPath));
        Assert.Contains("Images unavailable: not rendered", File.ReadAllText(folder.ReportPath));
        Assert.Empty(Directory.GetFiles(_temp, "*.tmp"));
    }

    [Fact]
    public void Hints_taken_are_listed_in_the_text_debrief_and_the_report()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();
        var started = DateTimeOffset.Now;
        var folder = new ResultsFolder(_temp, scenario, "", started);
        Core.Scoring.ScoreResult result;
        using (var log = folder.CreateLog(scenario, "", Mode.Guided, started))
        {
            result = ScriptedSession.Play(scenario, attempt.Events, Mode.Guided, log);
        }

        var notes = new[] { new SessionNote(SessionNote.PlanShown, 41, "plan"), new SessionNote(SessionNote.PlanShown, 130.4, "plan") };
        SessionResults.Write(folder, scenario, result, new SessionInfo("", "guided", started, folder.LogPath, notes), renderImages: false);

        const string line = "Hints taken: the plan was shown 2 times (at 0:41, 2:10).";
        Assert.Contains(line, File.ReadAllText(folder.DebriefPath));
        Assert.Contains(line, File.ReadAllText(folder.ReportPath));
        Assert.Equal(Core.Scoring.ScoreJson.Serialize(result), File.ReadAllText(folder.ResultPath));
    }
}
