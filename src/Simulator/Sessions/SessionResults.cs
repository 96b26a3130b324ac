using Simulator.App.Reports;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Sessions;

/// <summary>The one place a finished session's files are written: result JSON, text debrief, HTML report and final views.</summary>
/// <remarks>
/// Every session ends here (terminal, scripted, headless, window), so their files cannot drift apart.
/// The session log is not written here: it is appended event by event while the session runs, so a
/// failure at this point (a full disk) loses none of what was recorded, and the error says so. Each
/// file is written through a temporary name, so none is ever left half-written.
/// </remarks>
public static class SessionResults
{
    /// <summary>
    /// Writes <c>*.result.json</c>, <c>*.debrief.txt</c>, the final views as <c>*.VIEW.png</c> (when
    /// <paramref name="renderImages"/>) and <c>*.report.html</c>; returns every file of the session, log first.
    /// </summary>
    /// <exception cref="IOException">A file could not be written; the message names it and the saved log.</exception>
    public static IReadOnlyList<string> Write(ResultsFolder folder, Scenario scenario, ScoreResult result, SessionInfo info, bool renderImages) =>
        Write(folder, scenario, result, info, renderImages ? FinalViews.ForReport(scenario, Performed(result)) : ReportViews.NotRendered);

    /// <summary>
    /// Writes the files as <see cref="Write(ResultsFolder, Scenario, ScoreResult, SessionInfo, bool)"/> does, with final
    /// views the caller rendered (the window renders them in its own context and shows them in its debrief too).
    /// </summary>
    /// <exception cref="IOException">A file could not be written; the message names it and the saved log.</exception>
    public static IReadOnlyList<string> Write(ResultsFolder folder, Scenario scenario, ScoreResult result, SessionInfo info, ReportViews views)
    {
        try
        {
            return WriteAll(folder, scenario, result, info, views);
        }
        catch (IOException ex)
        {
            throw new IOException($"{ex.Message}; the session log is saved: {folder.LogPath}", ex);
        }
    }

    /// <summary>The events that changed the patient, in order: what the final views show.</summary>
    public static IEnumerable<Core.Attempts.AttemptEvent> Performed(ScoreResult result) => result.Recorded.Where(r => r.Performed).Select(r => r.Event);

    private static List<string> WriteAll(ResultsFolder folder, Scenario scenario, ScoreResult result, SessionInfo info, ReportViews views)
    {
        var files = new List<string> { folder.LogPath };
        ResultsFolder.WriteAtomically(folder.ResultPath, ScoreJson.Serialize(result));
        files.Add(folder.ResultPath);
        ResultsFolder.WriteAtomically(folder.DebriefPath, Debrief.Render(result, scenario));
        files.Add(folder.DebriefPath);

        foreach (var image in views.Images)
        {
            var path = $"{folder.Stem}.{image.Title}.png";
            ResultsFolder.WriteAtomically(path, image.Png);
            files.Add(path);
        }

        ResultsFolder.WriteAtomically(folder.ReportPath, HtmlReport.Render(scenario, result, info, views.Images, views.Unavailable));
        files.Add(folder.ReportPath);
        return files;
    }
}
