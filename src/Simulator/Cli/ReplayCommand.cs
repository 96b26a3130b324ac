using System.CommandLine;
using Simulator.App.Reports;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scoring;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator replay LOG [--json] [--render] [--out DIR] [--record [--store PATH]]</c>: re-scores a session log exactly as the live
/// session scored it. Nothing is recorded unless <c>--record</c> is given.
/// </summary>
/// <remarks>The events are replayed through the engine (stored verdicts are not trusted), so the result equals the live one.</remarks>
public static class ReplayCommand
{
    public static Command Create(CliContext context)
    {
        var log = new Argument<string>("log") { Description = "Session log (*.log.jsonl) from the results folder." };
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Scenario file or id (default: the one named in the log)." };
        var json = new Option<bool>("--json") { Description = "Print the result JSON (same shape as score --json)." };
        var render = new Option<bool>("--render") { Description = "Render the final views headless and save them as PNGs." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for --render images (default: beside the log)." };
        var record = SessionRecorder.RecordOption();
        var store = SessionRecorder.StoreOption();
        var command = new Command("replay", "Re-score a recorded session log; optionally render its final views; --record also keeps it in the records store.")
        {
            log, scenario, json, render, output, record, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(log)!, parse.GetValue(scenario), parse.GetValue(json),
            parse.GetValue(render), parse.GetValue(output), parse.GetValue(record), parse.GetValue(store)));
        return command;
    }

    private const int RenderWidth = 960;
    private const int RenderHeight = 640;

    /// <summary>Prints the re-scored result; the saved image paths go to the error stream so <c>--json</c> output stays pure.</summary>
    public static int Run(CliContext context, string logPath, string? scenarioArg, bool json, bool render, string? outDir, bool record = false,
        string? store = null)
    {
        SessionRecorder.CheckRecordOptions(record, store);
        var header = SessionLogReader.ReadHeader(logPath);
        var scenario = ScenarioLocator.Load(scenarioArg
            ?? (header.ScenarioFile.Length > 0 && File.Exists(header.ScenarioFile) ? header.ScenarioFile : header.Scenario));
        var loaded = SessionLogReader.Load(logPath, scenario);
        foreach (var warning in loaded.Diagnostics.Where(d => !d.IsError))
        {
            context.Error.WriteLine(warning);
        }

        var attempt = loaded.ValueOrThrow();
        var result = Scorer.Score(scenario, attempt.Events, attempt.Mode, Scene.AnatomyJudge.Shared);
        context.Out.WriteLine(json ? ScoreJson.Serialize(result) : Debrief.Render(result, scenario));
        if (!json && HintSummary.Line(attempt.Notes) is { } hints)
        {
            context.Out.WriteLine(hints);
        }

        if (render)
        {
            var directory = outDir ?? Path.GetDirectoryName(Path.GetFullPath(logPath))!;
            Directory.CreateDirectory(directory);
            var name = Path.GetFileName(logPath);
            var stem = name.EndsWith(".log.jsonl", StringComparison.Ordinal) ? name[..^".log.jsonl".Length] : Path.GetFileNameWithoutExtension(name);
            var performed = result.Recorded.Where(r => r.Performed).Select(r => r.Event);
            foreach (var (view, png) in FinalViews.RenderPng(scenario, performed, FinalViews.All, RenderWidth, RenderHeight))
            {
                var path = Path.Combine(directory, $"{stem}-{view.ToString().ToLowerInvariant()}.png");
                ResultsFolder.WriteAtomically(path, png);
                context.Error.WriteLine($"saved: {path}");
            }
        }

        return !record || SessionRecorder.Record(context, store, SessionRecorder.FromLog(logPath, header, scenario, result)) ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
