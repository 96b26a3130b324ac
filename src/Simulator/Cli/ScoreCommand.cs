using System.CommandLine;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator score --scenario S --attempt A [--json] [--record [--store PATH]]</c>: scores an attempt file; exit 0 whether or not it
/// passed. Nothing is recorded unless <c>--record</c> is given.
/// </summary>
public static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario file or id.", Required = true };
        var attempt = new Option<string>("--attempt", "-a") { Description = "Attempt YAML file.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of the debrief." };
        var record = SessionRecorder.RecordOption();
        var store = SessionRecorder.StoreOption();
        var command = new Command("score", "Score an attempt against a scenario and explain every deduction; --record also keeps it in the records store.")
        {
            scenario,
            attempt,
            json,
            record,
            store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(scenario)!, parse.GetValue(attempt)!, parse.GetValue(json), parse.GetValue(record),
            parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string scenarioArg, string attemptPath, bool json, bool record = false, string? store = null)
    {
        SessionRecorder.CheckRecordOptions(record, store);
        var scenario = ScenarioLocator.Load(scenarioArg);
        var attempt = AttemptLoader.LoadFile(attemptPath, scenario).ValueOrThrow();
        var result = Scorer.Score(scenario, attempt.Events, attempt.Mode, Scene.AnatomyJudge.Shared);
        context.Out.WriteLine(json ? ScoreJson.Serialize(result) : Debrief.Render(result, scenario));
        if (!record)
        {
            return ExitCodes.Ok;
        }

        // An attempt file has no clock times: it stands for the session's log, and the session ended when the file was last written.
        var ended = new DateTimeOffset(File.GetLastWriteTimeUtc(attemptPath), TimeSpan.Zero);
        var session = SessionRecord.From(scenario, result, attempt.Trainee, attempt.Mode == Mode.Guided ? "guided" : "assessment",
            ended - TimeSpan.FromSeconds(result.TimeTotalSeconds), ended, logPath: attemptPath);
        return SessionRecorder.Record(context, store, session) ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
