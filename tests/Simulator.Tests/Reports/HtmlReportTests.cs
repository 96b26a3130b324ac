using Simulator.App.Cli;
using Simulator.App.Reports;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Reports;

public class HtmlReportTests
{
    private static (Core.Scenarios.Scenario Scenario, ScoreResult Result) Mistakes()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), scenario).ValueOrThrow();
        return (scenario, Scorer.Score(scenario, attempt.Events, attempt.Mode));
    }

    [Fact]
    public void The_report_explains_every_deduction_with_words_not_colour_alone_and_escapes_names()
    {
        var (scenario, result) = Mistakes();
        var info = new SessionInfo("<script>alert(1)</script>", "assessment", DateTimeOffset.UnixEpoch, "/r/x.log.jsonl");
        var html = HtmlReport.Render(scenario, result, info, new[] { new ReportImage("inlet", new byte[] { 137, 80, 78, 71 }) });

        Assert.Contains("✘ FAIL", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        foreach (var deduction in result.Deductions)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(deduction.Reason), html);
        }

        Assert.Contains("- MISSING", html);
        Assert.Contains("+ EXTRA", html);
        Assert.Contains("data:image/png;base64,iVBORw==", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public void The_report_and_the_debrief_show_the_same_timeline_rows_for_a_swap()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var perfect = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml"), scenario).ValueOrThrow();
        var events = perfect.Events.ToList();
        var swapAt = events.FindIndex(e => e.Do == "inlet-view");
        (events[swapAt], events[swapAt + 1]) = (events[swapAt + 1] with { At = events[swapAt].At }, events[swapAt] with { At = events[swapAt + 1].At });
        var result = Scorer.Score(scenario, events, perfect.Mode);

        var html = HtmlReport.Render(scenario, result, new SessionInfo("", "assessment", DateTimeOffset.UnixEpoch, "x"), Array.Empty<ReportImage>());
        var section = html[html.IndexOf("<h2>Performed vs reference</h2>", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</table>", StringComparison.Ordinal)];
        var htmlRows = System.Text.RegularExpressions.Regex.Matches(section, "<tr><td>\\d+</td><td>([^<]*)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>")
            .Select(m => (Performed: Decode(m.Groups[1].Value), Reference: Decode(m.Groups[2].Value), Mark: Decode(m.Groups[3].Value)))
            .ToList();
        var text = Debrief.Render(result, scenario).Split('\n');
        var first = Array.FindIndex(text, l => l.StartsWith("Timeline", StringComparison.Ordinal)) + 2;
        var textRows = text[first..]
            .TakeWhile(l => !l.StartsWith("Total time", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "^\\s+\\d+\\s+(\\S+ \\S+)\\s+(.+?)\\s{2,}(.+?)\\s{2,}"))
            .Select(m => (Performed: m.Groups[2].Value, Reference: m.Groups[3].Value, Mark: m.Groups[1].Value))
            .ToList();

        Assert.Equal(2, htmlRows.Count(r => r.Mark == "~ SWAPPED"));
        Assert.Equal(result.Timeline.Count, htmlRows.Count);
        Assert.Equal(
            textRows.Select(r => (r.Performed is "-" ? "—" : r.Performed, r.Reference is "-" ? "—" : r.Reference, r.Mark)),
            htmlRows);
    }

    private static string Decode(string html) => System.Net.WebUtility.HtmlDecode(html);

    [Fact]
    public void A_report_without_images_says_why()
    {
        var (scenario, result) = Mistakes();
        var html = HtmlReport.Render(scenario, result, new SessionInfo("", "guided", DateTimeOffset.UnixEpoch, "x"), Array.Empty<ReportImage>(), "no EGL");
        Assert.Contains("Images unavailable: no EGL", html);
    }
}
