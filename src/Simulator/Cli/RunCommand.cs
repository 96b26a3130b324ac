using System.CommandLine;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using Spectre.Console;

namespace Simulator.App.Cli;

/// <summary><c>simulator run</c>: a terminal session (interactive, or playing a script) that writes its log and result.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string?>("--scenario", "-s")
        {
            Description = $"Scenario file or id. Default: the one the script names, else {ScenarioLocator.DefaultScenarioId}.",
        };
        var script = new Option<string?>("--script") { Description = "Attempt YAML to play instead of asking for each action." };
        var mode = new Option<string?>("--mode", "-m") { Description = "guided (hints, refusals) or assessment (silent). Default: the script's mode, else guided." };
        mode.AcceptOnlyFromAmong("guided", "assessment");
        var trainee = new Option<string?>("--trainee", "-t") { Description = "Trainee name or id, recorded in the log." };
        var results = new Option<string>("--results", "-r")
        {
            Description = "Folder for the session log and result files.",
            DefaultValueFactory = _ => ResultsFolder.DefaultDirectory,
        };
        var json = new Option<bool>("--json") { Description = "Print the result JSON instead of the debrief." };
        var window = new Option<bool>("--window") { Description = "Use the trainer window: live on --scenario, or playing --script visibly (demos, tests)." };
        var headless = new Option<bool>("--headless") { Description = "Play --script offscreen and render the final views into the report." };
        var store = SessionRecorder.StoreOption();

        var command = new Command("run", "Run a training session in the terminal (the no-display trainer), or play a script.")
        {
            scenario, script, mode, trainee, results, json, window, headless, store,
        };
        command.SetAction(parse => Run(context, new RunOptions(
            parse.GetValue(scenario) ?? ScenarioOf(parse.GetValue(script)), parse.GetValue(script), parse.GetValue(mode), parse.GetValue(trainee),
            parse.GetValue(results)!, parse.GetValue(json), parse.GetValue(window), parse.GetValue(headless), parse.GetValue(store))));
        return command;
    }

    /// <summary>The scenario a script names (looked up like <c>--scenario</c>), or the default scenario.</summary>
    private static string ScenarioOf(string? script) =>
        (script is null ? null : AttemptLoader.ScenarioIdOf(script)) ?? ScenarioLocator.DefaultScenarioId;

    public sealed record RunOptions(string Scenario, string? Script, string? Mode, string? Trainee, string Results, bool Json,
        bool Window = false, bool Headless = false, string? Store = null);

    public static int Run(CliContext context, RunOptions options)
    {
        if (options.Window && options.Headless)
        {
            throw new UsageException("--window and --headless exclude each other");
        }

        if (options.Headless && options.Script is null)
        {
            throw new UsageException("--headless plays a script: give --script FILE");
        }

        var scenario = ScenarioLocator.Load(options.Scenario);
        var attempt = options.Script is null ? null : AttemptLoader.LoadFile(options.Script, scenario).ValueOrThrow();
        var mode = options.Mode switch
        {
            "guided" => Mode.Guided,
            "assessment" => Mode.Assessment,
            _ => attempt?.Mode ?? Mode.Guided,
        };
        var trainee = options.Trainee ?? attempt?.Trainee ?? "";
        if (options.Window && attempt is null)
        {
            // A live session in the window on this scenario (it names its own results when it opens).
            return Window.WindowLauncher.Run(context, scenario, mode, options.Results, trainee, store: options.Store);
        }

        var started = DateTimeOffset.Now;
        var folder = new ResultsFolder(options.Results, scenario, trainee, started);
        if (options.Window)
        {
            return Window.WindowLauncher.PlayScript(context, scenario, attempt!, mode, folder, trainee, store: options.Store);
        }

        ScoreResult result;
        using (var log = folder.CreateLog(scenario, trainee, mode, started))
        {
            if (attempt is not null)
            {
                result = ScriptedSession.Play(scenario, attempt.Events, mode, log, v => context.Error.WriteLine(OutcomeNames.Line(v, scenario, mode)));
            }
            else
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
                var lines = Console.IsInputRedirected || !console.Profile.Capabilities.Interactive ? Console.In : null;
                result = new TerminalSession(scenario, mode, console, lines).Run(log).Finish();
            }
        }

        var info = new Reports.SessionInfo(trainee, mode == Mode.Guided ? "guided" : "assessment", started, folder.LogPath);
        var files = SessionResults.Write(folder, scenario, result, info, renderImages: options.Headless || attempt is null);
        context.Out.WriteLine(options.Json ? ScoreJson.Serialize(result) : Debrief.Render(result, scenario));
        foreach (var file in files)
        {
            context.Error.WriteLine($"saved: {file}");
        }

        SessionRecorder.Record(context, options.Store, scenario, result, info, folder);
        return ExitCodes.Ok;
    }
}
