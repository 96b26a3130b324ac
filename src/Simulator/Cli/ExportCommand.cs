using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Simulator.App.Sessions;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator export --format csv|xapi</c>: the recorded sessions as a CSV table (one row per session) or as xAPI 1.0.3 statements
/// (one per session: passed or failed, with the score, success, completion and duration) for a learning record store.
/// </summary>
public static class ExportCommand
{
    /// <summary>The IRI prefix of actors' home page, activities and extensions.</summary>
    public const string Home = "https://si-joint-trainer.local";

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv or xapi.", Required = true };
        format.AcceptOnlyFromAmong("csv", "xapi");
        var trainee = new Option<string?>("--trainee", "-t") { Description = "Only this trainee's sessions." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only sessions started on or after this date (e.g. 2026-11-01)." };
        var output = new Option<string>("--out", "-o") { Description = "The file to write.", Required = true };
        var store = SessionRecorder.StoreOption();
        var command = new Command("export", "Export the recorded sessions as CSV (one row per session) or xAPI 1.0.3 statements.")
        {
            format, trainee, since, output, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(format)!, parse.GetValue(trainee), parse.GetValue(since), parse.GetValue(output)!, parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string format, string? trainee, DateTimeOffset? since, string output, string? store)
    {
        IReadOnlyList<StoredSession> sessions;
        using (var records = SessionRecorder.OpenStore(context, store))
        {
            if (records is null)
            {
                return ExitCodes.BadInput;
            }

            sessions = records.Sessions(trainee).Where(s => since is null || s.Started >= since).OrderBy(s => s.Started).ToList();
        }

        var text = format == "csv" ? Csv(sessions) : Xapi(sessions).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        ResultsFolder.WriteAtomically(output, text);
        context.Error.WriteLine($"exported {sessions.Count} session(s) as {format}: {output}");
        return ExitCodes.Ok;
    }

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = new[]
    {
        "id", "trainee", "scenario", "scenario_version", "mode", "started", "ended", "duration_s", "total", "passed", "shots", "breaches",
        "critical_errors", "log",
    };

    /// <summary>One row per session, with a header; CsvHelper quotes and guards fields (a name starting with = is not a formula).</summary>
    public static string Csv(IEnumerable<StoredSession> sessions)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            void Row(IEnumerable<string> fields)
            {
                foreach (var field in fields)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }

            Row(CsvColumns);
            foreach (var s in sessions)
            {
                Row(new[]
                {
                    s.Id.ToString(CultureInfo.InvariantCulture), s.Trainee, s.ScenarioId, s.ScenarioVersion, s.Mode,
                    s.Started.ToString("O", CultureInfo.InvariantCulture), s.Ended.ToString("O", CultureInfo.InvariantCulture),
                    s.DurationSeconds.ToString("0.#", CultureInfo.InvariantCulture), s.Total.ToString("0.##", CultureInfo.InvariantCulture),
                    s.Passed ? "true" : "false", s.Shots.ToString(CultureInfo.InvariantCulture), s.Breaches.ToString(CultureInfo.InvariantCulture),
                    s.CriticalErrors.ToString(CultureInfo.InvariantCulture), s.LogPath,
                });
            }

            csv.Flush();
        }

        var text = writer.ToString();
        return text.EndsWith('\n') ? text : text + "\n";
    }

    /// <summary>xAPI 1.0.3 statements, one per session: the trainee (an account), passed or failed, the scenario as the activity.</summary>
    public static JsonArray Xapi(IEnumerable<StoredSession> sessions)
    {
        var statements = new JsonArray();
        foreach (var s in sessions)
        {
            var verb = s.Passed ? "passed" : "failed";
            statements.Add(new JsonObject
            {
                ["actor"] = new JsonObject
                {
                    ["objectType"] = "Agent",
                    ["account"] = new JsonObject { ["homePage"] = Home, ["name"] = s.Trainee.Length > 0 ? s.Trainee : "anonymous" },
                },
                ["verb"] = new JsonObject
                {
                    ["id"] = $"http://adlnet.gov/expapi/verbs/{verb}",
                    ["display"] = new JsonObject { ["en-US"] = verb },
                },
                ["object"] = new JsonObject
                {
                    ["objectType"] = "Activity",
                    ["id"] = $"{Home}/scenarios/{Uri.EscapeDataString(s.ScenarioId)}",
                    ["definition"] = new JsonObject { ["type"] = "http://adlnet.gov/expapi/activities/simulation" },
                },
                ["result"] = new JsonObject
                {
                    ["score"] = new JsonObject { ["scaled"] = Math.Round(s.Total / 100, 4), ["raw"] = s.Total, ["min"] = 0, ["max"] = 100 },
                    ["success"] = s.Passed,
                    ["completion"] = true,
                    ["duration"] = System.Xml.XmlConvert.ToString(TimeSpan.FromSeconds(Math.Round(s.DurationSeconds, 1))),
                },
                ["context"] = new JsonObject
                {
                    ["extensions"] = new JsonObject
                    {
                        [$"{Home}/xapi/mode"] = s.Mode,
                        [$"{Home}/xapi/shots"] = s.Shots,
                    },
                },
                ["timestamp"] = s.Ended.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            });
        }

        return statements;
    }
}
