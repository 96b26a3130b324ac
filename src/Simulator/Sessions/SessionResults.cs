using Simulator.App.Imaging;
using Simulator.App.Reports;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Sessions;

/// <summary>The one place a finished session's files are written: result JSON, text debrief, HTML report and final views.</summary>
/// <remarks>
/// The session log is not written here: it is appended event by event while the session runs, so a
/// failure at this point (a full disk) loses none of what was recorded. Each file is written through a
/// temporary name, so none is ever left half-written.
/// </remarks>
public static class SessionResults
{
    public static IReadOnlyList<string> Write(ResultsFolder folder, Scenario scenario, ScoreResult result, SessionInfo info, bool renderImages)
    {
        var files = new List<string> { folder.LogPath };
        ResultsFolder.WriteAtomically(folder.ResultPath, ScoreJson.Serialize(result));
        files.Add(folder.ResultPath);
        ResultsFolder.WriteAtomically(folder.DebriefPath, Debrief.Render(result, scenario));
        files.Add(folder.DebriefPath);

        IReadOnlyList<ReportImage> images = Array.Empty<ReportImage>();
        string? unavailable = "not rendered for this run (use --headless or the window)";
        if (renderImages)
        {
            (images, unavailable) = FinalViews.ForReport(scenario, result.Recorded.Where(r => r.Performed).Select(r => r.Event));
            foreach (var image in images)
            {
                var path = $"{folder.Stem}.{image.Title}.png";
                var temp = path + ".tmp";
                File.WriteAllBytes(temp, image.Png);
                File.Move(temp, path, overwrite: true);
                files.Add(path);
            }
        }

        ResultsFolder.WriteAtomically(folder.ReportPath, HtmlReport.Render(scenario, result, info, images, unavailable));
        files.Add(folder.ReportPath);
        return files;
    }
}
