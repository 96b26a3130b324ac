using System.CommandLine;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.App.Cli;

/// <summary><c>simulator score --scenario S --attempt A [--json]</c>: scores an attempt file; exit 0 whether or not it passed.</summary>
public static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario file or id.", Required = true };
        var attempt = new Option<string>("--attempt", "-a") { Description = "Attempt YAML file.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of the debrief." };
        var command = new Command("score", "Score an attempt against a scenario and explain every deduction.")
        {
            scenario,
            attempt,
            json,
        };
        command.SetAction(parse => Run(context, parse.GetValue(scenario)!, parse.GetValue(attempt)!, parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string scenarioArg, string attemptPath, bool json)
    {
        var scenario = ScenarioLocator.Load(scenarioArg);
        var attempt = AttemptLoader.LoadFile(attemptPath, scenario).ValueOrThrow();
        var result = Scorer.Score(scenario, attempt.Events, attempt.Mode, Scene.AnatomyJudge.Shared);
        context.Out.WriteLine(json ? ScoreJson.Serialize(result) : Debrief.Render(result, scenario));
        return ExitCodes.Ok;
    }
}
