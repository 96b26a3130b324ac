using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Simulator.App.Exports;
using Simulator.App.Sessions;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator export --format csv|xapi</c>: the recorded sessions as a CSV table (one row per session) or as xAPI 1.0.3 statements
/// (attempted, completed when no required step was left out, and passed or failed; see <see cref="XapiStatements"/>), written to a file
/// and/or posted to a learning record store (<c>--lrs</c>); with <c>--pseudonymise</c> every trainee is a salted hash.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv or xapi.", Required = true };
        format.AcceptOnlyFromAmong("csv", "xapi");
        var trainee = new Option<string?>("--trainee", "-t") { Description = "Only this trainee's sessions (the real name, also with --pseudonymise)." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only sessions started on or after this date (e.g. 2026-11-01)." };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (--out, --lrs or both).", HelpName = "FILE" };
        var lrs = new Option<string?>("--lrs") { Description = "xapi: POST the statements to this learning record store (URL/statements, xAPI 1.0.3).", HelpName = "URL" };
        var lrsAuth = new Option<string?>("--lrs-auth") { Description = "The LRS's HTTP Basic credentials; never printed.", HelpName = "USER:PASS" };
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "Name each trainee by a salted hash (t-…) kept stable by the store's salt; file paths are left out." };
        var store = SessionRecorder.StoreOption();
        var command = new Command("export", "Export the recorded sessions as CSV (one row per session) or xAPI 1.0.3 statements, to a file and/or an LRS.")
        {
            format, trainee, since, output, lrs, lrsAuth, pseudonymise, store,
        };
        command.SetAction(parse => Run(context, new ExportOptions(parse.GetValue(format)!, parse.GetValue(trainee), parse.GetValue(since),
            parse.GetValue(output), parse.GetValue(store), parse.GetValue(lrs), parse.GetValue(lrsAuth), parse.GetValue(pseudonymise))));
        return command;
    }

    public sealed record ExportOptions(string Format, string? Trainee, DateTimeOffset? Since, string? Output, string? Store,
        string? Lrs = null, string? LrsAuth = null, bool Pseudonymise = false);

    public static int Run(CliContext context, ExportOptions options)
    {
        var endpoint = Check(options);
        IReadOnlyList<StoredSession> sessions;
        IReadOnlyDictionary<long, double> completeness;
        using (var records = SessionRecorder.OpenStore(context, options.Store))
        {
            if (records is null)
            {
                return ExitCodes.BadInput;
            }

            sessions = records.Sessions(options.Trainee).Where(s => options.Since is null || s.Started >= options.Since).OrderBy(s => s.Started).ToList();
            completeness = options.Format == "xapi" ? records.Completeness() : new Dictionary<long, double>();
            if (options.Pseudonymise)
            {
                var salt = records.Salt();
                sessions = sessions.Select(s => Pseudonym.Of(salt, s)).ToList();
            }
        }

        var statements = options.Format == "xapi" ? XapiStatements.Build(sessions, completeness) : null;
        if (options.Output is { } output)
        {
            var text = statements is null ? Csv(sessions) : statements.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            ResultsFolder.WriteAtomically(output, text);
            context.Error.WriteLine($"exported {sessions.Count} session(s) as {options.Format}" + (statements is null ? "" : $" ({statements.Count} statements)") + $": {output}");
        }

        if (endpoint is null)
        {
            return ExitCodes.Ok;
        }

        var (ok, line) = LrsClient.Send(statements!, endpoint, options.LrsAuth);
        context.Error.WriteLine(line);
        return ok ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>The usage rules of --out, --lrs and --lrs-auth; the LRS's statements resource, or null when there is none to send to.</summary>
    private static Uri? Check(ExportOptions options)
    {
        if (options.Output is null && options.Lrs is null)
        {
            throw new UsageException("export needs somewhere to put the sessions: --out FILE, --lrs URL (xapi), or both");
        }

        if (options.LrsAuth is not null && options.Lrs is null)
        {
            throw new UsageException("--lrs-auth goes with --lrs URL");
        }

        if (options.Lrs is null)
        {
            return null;
        }

        if (options.Format != "xapi")
        {
            throw new UsageException("--lrs sends xAPI statements: use --format xapi");
        }

        if (options.LrsAuth is { } auth && !auth.Contains(':', StringComparison.Ordinal))
        {
            throw new UsageException("--lrs-auth takes USER:PASS");
        }

        return LrsClient.StatementsUri(options.Lrs) ?? throw new UsageException("--lrs takes the LRS's http:// or https:// URL");
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
}
