using System.CommandLine;
using Simulator.App.Imaging;
using Simulator.App.Reports;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scoring;

namespace Simulator.App.Cli;

/// <summary><c>simulator replay LOG [--json] [--render]</c>: re-scores a session log exactly as the live session scored it.</summary>
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
        var command = new Command("replay", "Re-score a recorded session log; optionally render its final views.")
        {
            log, scenario, json, render, output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(log)!, parse.GetValue(scenario), parse.GetValue(json),
            parse.GetValue(render), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, string logPath, string? scenarioArg, bool json, bool render, string? outDir)
    {
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
        if (render)
        {
            var directory = outDir ?? Path.GetDirectoryName(Path.GetFullPath(logPath))!;
            var stem = Path.GetFileName(logPath).Replace(".log.jsonl", "", StringComparison.Ordinal);
            var performed = result.Recorded.Where(r => r.Performed).Select(r => r.Event);
            foreach (var (view, rgba) in FinalViews.Render(scenario, performed, FinalViews.All, 960, 640, softTissue: false))
            {
                var path = Path.Combine(directory, $"{stem}-{view.ToString().ToLowerInvariant()}.png");
                PngFile.Write(path, rgba, 960, 640);
                context.Error.WriteLine($"saved: {path}");
            }
        }

        return ExitCodes.Ok;
    }
}
