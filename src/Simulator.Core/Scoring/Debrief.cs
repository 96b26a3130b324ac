using System.Globalization;
using System.Text;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Renders a score as plain text for a terminal debrief.</summary>
/// <remarks>
/// Plain ASCII with no colour: every mismatch in the timeline carries both a symbol and a word
/// (e.g. <c>~ SWAPPED</c>), so the debrief reads the same on a monochrome terminal, in a log file, and
/// for colour-blind trainees.
/// </remarks>
public static class Debrief
{
    /// <summary>The debrief text: total and PASS/FAIL, component scores, critical errors, deductions with rationale, and the timeline.</summary>
    public static string Render(ScoreResult result, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenario);
        var sb = new StringBuilder();
        var verdict = result.Passed ? "PASS" : "FAIL";
        sb.AppendLine($"{scenario.Title} ({scenario.Id})");
        sb.AppendLine($"Total: {VerdictScorer.Number(result.Total)} / 100   pass mark {VerdictScorer.Number(result.PassMark)}   => {verdict}");
        if (!result.Passed && result.Total >= result.PassMark)
        {
            sb.AppendLine("  (the total reaches the pass mark, but a critical error fails the attempt)");
        }

        sb.AppendLine();
        sb.AppendLine("Components (score 0-1, weight):");
        foreach (var key in Weights.Keys)
        {
            sb.AppendLine($"  {key,-13} {result.Components[key],6:0.0000}   weight {VerdictScorer.Number(scenario.Weights[key])}");
        }

        sb.AppendLine($"  (coverage {result.Components.Coverage:0.0000}: the share of the reference performed; it scales precedence and economy)");

        sb.AppendLine();
        sb.AppendLine($"C-arm shots taken: {result.Order.ShotsTaken} · breaches of danger structures: {result.Order.Breaches}");
        sb.AppendLine();
        sb.AppendLine(result.CriticalErrors.Count == 0 ? "Critical errors: none" : "Critical errors:");
        foreach (var c in result.CriticalErrors)
        {
            var at = c.AtSeconds is { } s ? $" at {VerdictScorer.Number(s)} s" : "";
            sb.AppendLine($"  !! CRITICAL {c.Kind}{at}: {c.Reason}");
        }

        sb.AppendLine();
        var lost = result.Deductions.Sum(d => d.Points);
        sb.AppendLine(result.Deductions.Count == 0 ? "Deductions: none" : $"Deductions ({VerdictScorer.Number(Math.Round(lost, 2))} points):");
        foreach (var d in result.Deductions)
        {
            var points = "-" + d.Points.ToString("0.00", CultureInfo.InvariantCulture);
            sb.AppendLine($"  {points,6}  {d.Component,-12} {d.Reason}");
            if (d.Rationale.Length > 0)
            {
                sb.AppendLine($"          why: {d.Rationale}");
            }
        }

        sb.AppendLine();
        AppendTimeline(sb, result);
        AppendMoments(sb, result, scenario);
        var refused = result.Recorded.Where(v => v.Outcome == Outcome.Refused).ToList();
        if (refused.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Refused (not performed):");
            foreach (var v in refused)
            {
                sb.AppendLine($"  x REFUSED \"{Names.Of(scenario, v.Event.Do)}\" at {VerdictScorer.Number(v.Event.At)} s: {v.Message}");
            }
        }

        return sb.ToString();
    }

    private static void AppendTimeline(StringBuilder sb, ScoreResult result)
    {
        sb.AppendLine("Timeline (performed vs reference):");
        var width = result.Timeline.SelectMany(r => new[] { Blank(r.PerformedName), Blank(r.ReferenceName) }).Append("reference").Max(n => n.Length);
        sb.AppendLine($"  {"#",3}  {"mark",-11} {"performed".PadRight(width)}  {"reference".PadRight(width)}  {"time",8}");
        var number = 0;
        foreach (var row in result.Timeline)
        {
            var seconds = row.Seconds is { } t ? $"{VerdictScorer.Number(t)} s" : "-";
            sb.AppendLine($"  {++number,3}  {row.Mark,-11} {Blank(row.PerformedName).PadRight(width)}  {Blank(row.ReferenceName).PadRight(width)}  {seconds,8}");
        }

        sb.AppendLine($"Total time: {VerdictScorer.Number(result.TimeTotalSeconds)} s");
    }

    /// <summary>
    /// What the engine said at the moment of each off-target measurement and each redo: guided mode showed it then,
    /// assessment mode saves it for now.
    /// </summary>
    private static void AppendMoments(StringBuilder sb, ScoreResult result, Scenario scenario)
    {
        var moments = Moments(result);
        if (moments.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine("At the moment (off-target measurements and redos, as the session said them):");
        foreach (var v in moments)
        {
            var redo = v.Outcome == Outcome.Redone ? " (redo)" : "";
            sb.AppendLine($"  {VerdictScorer.Number(v.Event.At),7} s  {Names.Of(scenario, v.Event.Do)}{redo}");
            foreach (var check in v.Checks)
            {
                sb.AppendLine($"           {check.Line}");
            }

            if (v.Advice.Length > 0)
            {
                sb.AppendLine($"           {v.Advice}");
            }
        }
    }

    /// <summary>The performed events with a measurement not ✓, and every redo, in order.</summary>
    public static IReadOnlyList<EventVerdict> Moments(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Recorded.Where(v => v.Performed && (!v.OnTarget || v.Outcome == Outcome.Redone)).ToList();
    }

    private static string Blank(string? name) => name ?? "-";
}
