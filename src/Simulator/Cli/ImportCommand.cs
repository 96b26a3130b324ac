using System.CommandLine;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scoring;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator import DIR</c>: backfills the records store from the finished sessions in a results folder (each <c>*.log.jsonl</c>
/// with its <c>*.result.json</c>). The log is re-scored as <c>replay</c> does; a session already recorded (the same log) is not added
/// again, so importing twice adds nothing.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Description = "A results folder (searched with its subfolders)." };
        var store = SessionRecorder.StoreOption();
        var command = new Command("import", "Add the finished sessions of a results folder to the records store; running it again adds nothing.")
        {
            dir, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(dir)!, parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string dir, string? store)
    {
        if (!Directory.Exists(dir))
        {
            context.Error.WriteLine($"{dir}: error: folder not found");
            return ExitCodes.BadInput;
        }

        int added = 0, known = 0, skipped = 0;
        try
        {
            using var records = RecordStore.Open(StoreLocation.Resolve(store));
            foreach (var log in Directory.GetFiles(dir, "*.log.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var stem = log[..^".log.jsonl".Length];
                if (!File.Exists(stem + ".result.json"))
                {
                    context.Error.WriteLine($"{log}: skipped: no {Path.GetFileName(stem)}.result.json beside it (the session did not finish)");
                    skipped++;
                    continue;
                }

                try
                {
                    if (records.Record(Read(log)))
                    {
                        added++;
                    }
                    else
                    {
                        known++;
                    }
                }
                catch (InputException e)
                {
                    context.Error.WriteLine($"{log}: skipped: {e.Diagnostics.FirstOrDefault(d => d.IsError)?.ToString() ?? e.Message}");
                    skipped++;
                }
            }

            context.Out.WriteLine($"imported {added} session(s) into {StoreLocation.Display(records.Location)}; {known} already recorded; {skipped} skipped");
        }
        catch (RecordsException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }

        return ExitCodes.Ok;
    }

    private static SessionRecord Read(string log)
    {
        var header = SessionLogReader.ReadHeader(log);
        var scenario = ScenarioLocator.Load(header.ScenarioFile.Length > 0 && File.Exists(header.ScenarioFile) ? header.ScenarioFile : header.Scenario);
        var attempt = SessionLogReader.Load(log, scenario).ValueOrThrow();
        var result = Scorer.Score(scenario, attempt.Events, attempt.Mode, Scene.AnatomyJudge.Shared);
        return SessionRecorder.FromLog(log, header, scenario, result);
    }
}
