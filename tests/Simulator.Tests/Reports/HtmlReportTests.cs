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

        Assert.Contains("− MISSING", html);
        Assert.Contains("+ EXTRA", html);
        Assert.Contains("data:image/png;base64,iVBORw==", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public void A_report_without_images_says_why()
    {
        var (scenario, result) = Mistakes();
        var html = HtmlReport.Render(scenario, result, new SessionInfo("", "guided", DateTimeOffset.UnixEpoch, "x"), Array.Empty<ReportImage>(), "no EGL");
        Assert.Contains("Images unavailable: no EGL", html);
    }
}
