using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using Simulator.App.Sessions;
using Simulator.Core.Scenarios;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator cohort --scenario S --out cohort.html</c>: the educator's page — per trainee attempts, best, last and proficient
/// since (by the scenario's <c>proficiency:</c> criterion); and across the cohort, how often each reference step is omitted, done out of order, short on technique, or a critical error.
/// </summary>
public static class CohortCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "The scenario: an id, or a scenario file.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write.", Required = true };
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "Name each trainee by a salted hash (t-…) kept stable by the store's salt." };
        var store = SessionRecorder.StoreOption();
        var command = new Command("cohort", "Write a self-contained HTML report of a scenario's cohort: each trainee's attempts and a step-by-error heatmap.")
        {
            scenario, output, pseudonymise, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(scenario)!, parse.GetValue(output)!, parse.GetValue(store), parse.GetValue(pseudonymise)));
        return command;
    }

    public static int Run(CliContext context, string scenario, string output, string? store, bool pseudonymise = false)
    {
        var (scenarioId, file) = RecordedScenario.Resolve(scenario);
        IReadOnlyList<StoredSession> sessions;
        IReadOnlyList<(string Trainee, StepOutcome Outcome)> outcomes;
        using (var records = SessionRecorder.OpenStore(context, store))
        {
            if (records is null)
            {
                return ExitCodes.BadInput;
            }

            sessions = records.Sessions(scenario: scenarioId).OrderBy(s => s.Started).ThenBy(s => s.Id).ToList();
            outcomes = records.StepOutcomes(scenarioId);
            if (pseudonymise)
            {
                var salt = records.Salt();
                sessions = sessions.Select(s => Pseudonym.Of(salt, s)).ToList();
                outcomes = outcomes.Select(o => (Pseudonym.Of(salt, o.Trainee), o.Outcome)).ToList();
            }
        }

        if (sessions.Count == 0)
        {
            context.Error.WriteLine($"simulator: no recorded sessions of '{scenarioId}'");
            return ExitCodes.BadInput;
        }

        var criterion = RecordedScenario.Criterion(context.Error, scenarioId, out var found, file);
        var names = found?.Steps.ToDictionary(s => s.Id, s => s.Name) ?? new Dictionary<string, string>();
        ResultsFolder.WriteAtomically(output, Render(scenarioId, sessions, outcomes, names, criterion, pseudonymise));
        context.Error.WriteLine($"saved: {output}");
        return ExitCodes.Ok;
    }

    public static string Render(string scenarioId, IReadOnlyList<StoredSession> sessions, IReadOnlyList<(string Trainee, StepOutcome Outcome)> outcomes,
        IReadOnlyDictionary<string, string> names, ProficiencyCriterion criterion, bool pseudonymised = false)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cohort — ").Append(E(scenarioId)).Append("</title><style>")
            .Append("body{font-family:'DejaVu Sans',sans-serif;margin:2em;color:#1d2430}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #c8ced8;padding:.35em .6em;text-align:left}th{background:#eef1f5}td.n{text-align:right}")
            .Append(".cell{text-align:right;min-width:5em}.note{color:#556}</style></head><body>");
        html.Append("<h1>Cohort report: ").Append(E(scenarioId)).Append("</h1>");
        html.Append("<p class=\"note\">").Append(sessions.Count).Append(" recorded sessions by ")
            .Append(sessions.Select(s => s.Trainee).Distinct().Count()).Append(" trainees. Proficient: ").Append(E(criterion.Describe())).Append('.')
            .Append(pseudonymised ? " Trainees are named by pseudonym (a salted hash kept in the records store)." : "").Append("</p>");

        html.Append("<h2>Trainees</h2><table><tr><th>Trainee</th><th>Attempts</th><th>Best</th><th>Last</th><th>Proficient since</th></tr>");
        foreach (var group in sessions.GroupBy(s => s.Trainee).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var at = Proficiency.ProficientAt(list, criterion);
            html.Append("<tr><td>").Append(E(group.Key.Length > 0 ? group.Key : "(no name)")).Append("</td><td class=\"n\">").Append(list.Count)
                .Append("</td><td class=\"n\">").Append(list.Max(s => s.Total).ToString("0.0", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"n\">").Append(list[^1].Total.ToString("0.0", CultureInfo.InvariantCulture)).Append(list[^1].Passed ? " PASS" : " FAIL")
                .Append("</td><td>").Append(at is { } k ? list[k].Started.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "not yet").Append("</td></tr>");
        }

        html.Append("</table><h2>Where the cohort goes wrong</h2><p class=\"note\">Share of all performances of each reference step (repeats counted apart) "
            + "that were omitted, done out of order, short of full technique credit, or a critical error. Darker is more often.</p>");
        html.Append("<table><tr><th>Step</th><th>Omitted</th><th>Out of order</th><th>Technique</th><th>Critical</th></tr>");
        foreach (var step in outcomes.Select(o => o.Outcome.StepId).Distinct())
        {
            var rows = outcomes.Where(o => o.Outcome.StepId == step).Select(o => o.Outcome).ToList();
            var rates = new[]
            {
                rows.Count(r => r.Omitted), rows.Count(r => r.OutOfOrder), rows.Count(r => r.TechniqueScore is < 1), rows.Count(r => r.Critical),
            }.Select(n => (double)n / rows.Count).ToArray();
            html.Append("<tr><td>").Append(E(names.TryGetValue(step, out var name) ? name : step)).Append("</td>");
            foreach (var rate in rates)
            {
                var alpha = rate == 0 ? 0 : 0.15 + 0.85 * rate;
                html.Append("<td class=\"cell\" style=\"background:rgba(200,40,40,").Append(alpha.ToString("0.00", CultureInfo.InvariantCulture)).Append(")\">")
                    .Append((rate * 100).ToString("0", CultureInfo.InvariantCulture)).Append(" %</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></body></html>\n");
        return html.ToString();
    }
}
