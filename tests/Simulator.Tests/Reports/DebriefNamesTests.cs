using Simulator.App.Cli;
using Simulator.App.Reports;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Reports;

/// <summary>The debriefs name steps as the trainee knows them: never a bare step or distractor id of the MIS scenario.</summary>
public class DebriefNamesTests
{
    private static readonly Scenario Mis = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));

    public static TheoryData<string> Modes() => new() { "assessment", "guided" };

    /// <summary>The flawed example attempt, with a pin docked far off and redone, and an implant tried before its broach.</summary>
    private static ScoreResult Mistakes(Mode mode)
    {
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), Mis).ValueOrThrow();
        var events = attempt.Events.ToList();
        var dock = events.FindIndex(e => e.Do == "pin-docking");
        events.Insert(dock + 1, AttemptEvent.Of("implant-placement", events[dock].At + 1, ("length_mm", 45)));
        events.Insert(dock + 1, events[dock] with { Redo = true, At = events[dock].At + 0.5 });
        return Scorer.Score(Mis, events, mode, AnatomyJudge.Shared);
    }

    private static void HasNoIds(string text)
    {
        foreach (var id in Mis.Steps.Select(s => s.Id).Concat(Mis.Distractors.Select(d => d.Id)))
        {
            if (id.Contains('-', StringComparison.Ordinal))
            {
                Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            }

            // One-word ids (drill, broach, counts) are ordinary words too; as names they would be quoted.
            Assert.DoesNotContain($"'{id}'", text, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"{id}\"", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_text_debrief_names_steps_never_ids(string modeName)
    {
        var mode = modeName == "guided" ? Mode.Guided : Mode.Assessment;
        var result = Mistakes(mode);
        var text = Debrief.Render(result, Mis);

        HasNoIds(text.Replace($"({Mis.Id})", "", StringComparison.Ordinal));
        Assert.Contains("Dock the guide pin on the ilium (redo)", text);
        Assert.Contains(mode == Mode.Guided ? "x REFUSED \"Place the implant\"" : "Precondition violated: \"Place the implant\" needs", text);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_html_report_names_steps_never_ids(string modeName)
    {
        var result = Mistakes(modeName == "guided" ? Mode.Guided : Mode.Assessment);
        var html = HtmlReport.Render(Mis, result, new SessionInfo("", modeName, DateTimeOffset.UnixEpoch, "x.log.jsonl"), Array.Empty<ReportImage>());

        HasNoIds(System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<h2>At the moment</h2>", html);
    }
}
