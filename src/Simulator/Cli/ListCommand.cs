using System.CommandLine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Cli;

/// <summary><c>simulator list</c>: the scenarios in the scenarios folder with title and step count.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "List the scenarios in the scenarios folder with their title and step count.");
        command.SetAction(_ => Run(context));
        return command;
    }

    public static int Run(CliContext context)
    {
        var output = context.Out;
        var dir = ScenarioLocator.ScenariosDirectory();
        if (!Directory.Exists(dir))
        {
            context.Error.WriteLine($"{dir}: error: scenarios folder not found");
            return ExitCodes.BadInput;
        }

        var files = Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var broken = 0;
        output.WriteLine($"{"ID",-28} {"STEPS",5} {"ACTIONS",7}  TITLE");
        foreach (var file in files)
        {
            var result = ScenarioLocator.LoadFile(file);
            if (result.Ok)
            {
                var s = result.Value!;
                output.WriteLine($"{s.Id,-28} {s.Steps.Count,5} {s.ExpandedReference().Count,7}  {s.Title}");
            }
            else
            {
                broken++;
                output.WriteLine($"{Path.GetFileNameWithoutExtension(file),-28} {"-",5} {"-",7}  (invalid: run 'simulator validate {file}')");
            }
        }

        if (files.Count == 0)
        {
            output.WriteLine($"(no scenarios in {dir})");
        }

        return broken == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
