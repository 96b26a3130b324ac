using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Reports;

/// <summary>The self-contained HTML debrief: verdict, every deduction with its reason and rationale, timeline, technique, final views.</summary>
/// <remarks>
/// One file with inline CSS and images as data URIs, so it can be mailed or archived as is. Pass and
/// fail are words with an icon, in blue and orange, never colour alone.
/// </remarks>
public static class HtmlReport
{
    private const string Css = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#1d232b;line-height:1.4}
        h1{font-size:1.5em;margin-bottom:.2em} h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccd}
        .meta{color:#556}.verdict{font-size:2em;font-weight:bold;margin:.4em 0}
        .pass{color:#1f5fbf}.fail{color:#c25e00}
        table{border-collapse:collapse;width:100%;font-size:.92em} th,td{border-bottom:1px solid #dde;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f2f4f8}.num{text-align:right;font-variant-numeric:tabular-nums}
        .why{color:#556;font-size:.92em}.bad{color:#c25e00;font-weight:bold}.ok{color:#1f5fbf}.near{color:#8a6d00}.crit{color:#c00000;font-weight:bold}
        .views{display:flex;flex-wrap:wrap;gap:12px}.views figure{margin:0;width:320px}.views img{width:320px;border:1px solid #ccd}.views figcaption{font-size:.9em;color:#556}
        @media print{.views figure{width:48%}.views img{width:100%}}
        """;

    public static string Render(Scenario scenario, ScoreResult result, SessionInfo info, IReadOnlyList<ReportImage> images, string? imagesUnavailable = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>Debrief — ").Append(E(scenario.Title)).Append("</title><style>").Append(Css).Append("</style></head><body>\n");
        html.Append("<h1>").Append(E(scenario.Title)).Append("</h1>\n<p class=\"meta\">");
        html.Append("Trainee: ").Append(E(info.Trainee.Length > 0 ? info.Trainee : "—"))
            .Append(" · mode: ").Append(E(info.Mode))
            .Append(" · ").Append(E(info.Started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            .Append(" · time ").Append(E(Time(result.TimeTotalSeconds)))
            .Append(" · log: ").Append(E(Path.GetFileName(info.LogPath))).Append("</p>\n");

        var cls = result.Passed ? "pass" : "fail";
        var word = result.Passed ? "✔ PASS" : "✘ FAIL";
        html.Append($"<p class=\"verdict {cls}\">{N(result.Total)} / 100 — {word}</p>\n");
        html.Append($"<p>Pass mark {N(result.PassMark)}. C-arm shots taken: {result.Order.ShotsTaken}. Breaches of danger structures: {result.Order.Breaches}. ");
        if (!result.Passed && result.Total >= result.PassMark)
        {
            html.Append("The total reaches the pass mark, but a critical error fails the attempt.");
        }

        html.Append("</p>\n");
        if (HintSummary.Line(info.Notes ?? Array.Empty<Core.Attempts.SessionNote>()) is { } hints)
        {
            html.Append("<p class=\"why\">").Append(E(hints)).Append("</p>\n");
        }

        html.Append("<h2>Critical errors</h2>\n");
        if (result.CriticalErrors.Count == 0)
        {
            html.Append("<p class=\"ok\">✔ None.</p>\n");
        }
        else
        {
            html.Append("<ul>");
            foreach (var c in result.CriticalErrors)
            {
                var at = c.AtSeconds is { } s ? $" at {E(Time(s))}" : "";
                html.Append($"<li class=\"bad\">✘ {E(c.Reason)}{at}</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Deductions</h2>\n");
        if (result.Deductions.Count == 0)
        {
            html.Append("<p class=\"ok\">✔ None: every step in order, every measurement on target.</p>\n");
        }
        else
        {
            html.Append("<table><tr><th class=\"num\">points</th><th>component</th><th>what happened, and why it matters</th></tr>\n");
            foreach (var d in result.Deductions)
            {
                var points = d.Points > 0 ? "−" + N(d.Points) : "fails";
                html.Append($"<tr><td class=\"num\">{points}</td><td>{E(d.Component)}</td><td>{E(d.Reason)}");
                if (d.Rationale.Length > 0)
                {
                    html.Append($"<div class=\"why\">Why: {E(d.Rationale)}</div>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Performed vs reference</h2>\n<table><tr><th>#</th><th>performed</th><th>reference</th><th>mark</th><th class=\"num\">time</th></tr>\n");
        var number = 0;
        foreach (var row in result.Timeline)
        {
            var time = row.Seconds is { } t ? Time(t) : "";
            html.Append($"<tr><td>{++number}</td><td>{E(row.PerformedName ?? "—")}</td><td>{E(row.ReferenceName ?? "—")}</td>"
                + $"<td class=\"{(row.IsMistake ? "bad" : "ok")}\">{E(row.Mark)}</td><td class=\"num\">{E(time)}</td></tr>\n");
        }

        html.Append("</table>\n");
        AppendMoments(html, scenario, result);

        if (result.Technique.Count > 0)
        {
            html.Append("<h2>Technique</h2>\n<table><tr><th>step</th><th>measurement</th><th class=\"num\">value</th><th>target</th><th>result</th></tr>\n");
            foreach (var t in result.Technique)
            {
                var value = t.Value is { } v ? N(v) : "not measured";
                var verdict = t.Within ? "<span class=\"ok\">✔ within</span>" : $"<span class=\"bad\">✘ outside by {N(t.By)}</span>";
                html.Append($"<tr><td>{E(Names.Of(scenario, t.Step))} #{t.Occurrence}</td><td>{E(t.Measurement)}</td><td class=\"num\">{E(value)}</td><td>{E(Target.Range(t.Min, t.Max, t.Unit))}{(t.Critical ? " <b>safety limit</b>" : "")}</td><td>{verdict}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Final views</h2>\n");
        if (images.Count == 0)
        {
            html.Append($"<p class=\"meta\">Images unavailable{(imagesUnavailable is null ? "" : ": " + E(imagesUnavailable))}.</p>\n");
        }
        else
        {
            html.Append("<div class=\"views\">");
            foreach (var image in images)
            {
                var caption = image.Title.StartsWith(ReportViews.FluoroPrefix, StringComparison.Ordinal)
                    ? $"C-arm {image.Title[ReportViews.FluoroPrefix.Length..]} — planned paths in blue, achieved pin paths in orange, pins and implants white"
                    : image.Title;
                html.Append($"<figure><img alt=\"{E(caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\"><figcaption>{E(caption)}</figcaption></figure>");
            }

            html.Append("</div>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Each off-target measurement and redo as the engine said it at the time (guided mode showed it then; assessment keeps it for now).</summary>
    private static void AppendMoments(StringBuilder html, Scenario scenario, ScoreResult result)
    {
        var moments = Debrief.Moments(result);
        if (moments.Count == 0)
        {
            return;
        }

        html.Append("<h2>At the moment</h2>\n<p class=\"meta\">Each off-target measurement and each redo, in the words the session used (guided mode showed them at once).</p>\n<ul>");
        foreach (var v in moments)
        {
            var redo = v.Outcome == Core.Engine.Outcome.Redone ? " (redo)" : "";
            html.Append($"<li>{E(Time(v.Event.At))} — <b>{E(Names.Of(scenario, v.Event.Do))}</b>{redo}<ul>");
            foreach (var check in v.Checks)
            {
                var cls = check.Grade switch
                {
                    Core.Engine.CheckGrade.Inside => "ok",
                    Core.Engine.CheckGrade.Near => "near",
                    _ => check.Critical ? "crit" : "bad",
                };
                html.Append($"<li class=\"{cls}\">{E(check.Line)}</li>");
            }

            html.Append("</ul>");
            if (v.Advice.Length > 0)
            {
                html.Append($"<div class=\"why\">{E(v.Advice)}</div>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Time(double seconds) => TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
