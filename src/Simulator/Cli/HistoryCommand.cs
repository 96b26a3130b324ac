using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Simulator.App.Sessions;
using Simulator.Records;
using Spectre.Console;

namespace Simulator.App.Cli;

/// <summary><c>simulator history</c>: the recorded sessions, newest first, as a table or JSON.</summary>
public static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var trainee = new Option<string?>("--trainee", "-t") { Description = "Only this trainee's sessions." };
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Only sessions of this scenario id." };
        var json = new Option<bool>("--json") { Description = "Print the sessions as a JSON array." };
        var store = SessionRecorder.StoreOption();
        var command = new Command("history", "List the recorded sessions, newest first: trainee, scenario, mode, when, total, pass, shots, critical errors.")
        {
            trainee, scenario, json, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(trainee), parse.GetValue(scenario), parse.GetValue(json), parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string? trainee, string? scenario, bool json, string? store)
    {
        IReadOnlyList<StoredSession> sessions;
        using (var records = SessionRecorder.OpenStore(context, store))
        {
            if (records is null)
            {
                return ExitCodes.BadInput;
            }

            sessions = records.Sessions(trainee, scenario);
        }

        if (json)
        {
            var rows = sessions.Select(s => new
            {
                id = s.Id,
                trainee = s.Trainee,
                scenario = s.ScenarioId,
                scenario_version = s.ScenarioVersion,
                mode = s.Mode,
                started = s.Started.ToString("O", CultureInfo.InvariantCulture),
                ended = s.Ended.ToString("O", CultureInfo.InvariantCulture),
                duration_s = s.DurationSeconds,
                total = s.Total,
                passed = s.Passed,
                shots = s.Shots,
                breaches = s.Breaches,
                critical_errors = s.CriticalErrors,
                log = s.LogPath,
                result = s.ResultPath,
                report = s.ReportPath,
            });
            context.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }

        if (sessions.Count == 0)
        {
            context.Out.WriteLine("No sessions recorded yet" + (trainee is null && scenario is null ? "." : " for that trainee or scenario."));
            return ExitCodes.Ok;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Piped or redirected: wide enough that ids are not wrapped mid-word.
            console.Profile.Width = Math.Max(console.Profile.Width, 140);
        }

        var table = new Table().AddColumns("When", "Trainee", "Scenario", "Mode", "Total", "Result", "Shots", "Critical");
        foreach (var s in sessions)
        {
            table.AddRow(Markup.Escape(s.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), Markup.Escape(s.Trainee.Length > 0 ? s.Trainee : "—"),
                Markup.Escape(s.ScenarioId), s.Mode, s.Total.ToString("0.0", CultureInfo.InvariantCulture), s.Passed ? "[green]PASS[/]" : "[red]FAIL[/]",
                s.Shots.ToString(CultureInfo.InvariantCulture), s.CriticalErrors.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return ExitCodes.Ok;
    }
}
