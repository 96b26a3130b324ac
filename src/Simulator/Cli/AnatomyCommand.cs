using System.CommandLine;
using Simulator.Anatomy;

namespace Simulator.App.Cli;

/// <summary><c>simulator anatomy --json</c>: landmarks, corridors and danger structures in patient millimetres.</summary>
public static class AnatomyCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON (the only format; kept for clarity in scripts)." };
        var command = new Command("anatomy", "Print the model's coordinate system, landmarks, corridors and danger structures (mm, LPS).")
        {
            json,
        };
        command.SetAction(_ =>
        {
            AnatomyJson.Write(Pelvis.Build(), context.Out);
            context.Out.WriteLine();
            return ExitCodes.Ok;
        });
        return command;
    }
}
