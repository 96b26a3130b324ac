using System.CommandLine;
using Simulator.App.Sessions;
using Simulator.Records;

namespace Simulator.App.Cli;

/// <summary><c>simulator forget --trainee T</c>: deletes a trainee's records from the store (their session files in results folders are not touched).</summary>
public static class ForgetCommand
{
    public static Command Create(CliContext context)
    {
        var trainee = new Option<string>("--trainee", "-t") { Description = "The trainee whose records are deleted.", Required = true };
        var store = SessionRecorder.StoreOption();
        var command = new Command("forget", "Delete every recorded session of a trainee from the store (the files in results/ are left as they are).")
        {
            trainee, store,
        };
        command.SetAction(parse => Run(context, parse.GetValue(trainee)!, parse.GetValue(store)));
        return command;
    }

    public static int Run(CliContext context, string trainee, string? store)
    {
        using var records = SessionRecorder.OpenStore(context, store);
        if (records is null)
        {
            return ExitCodes.BadInput;
        }

        var count = records.Forget(trainee);
        context.Out.WriteLine($"forgot {count} session(s) of '{trainee}' in {StoreLocation.Display(records.Location)}; their files in the results folders are not deleted");
        return ExitCodes.Ok;
    }
}
