using System.CommandLine;
using System.Text.Json;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.App.Cli;

/// <summary><c>simulator validate FILE… [--format text|json]</c>: exit 0 only if every file is valid.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario YAML files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (path:line:col: error: message) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate", "Check scenario files and report every error with its line and column.")
        {
            files,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(format)!, context.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string format, TextWriter output)
    {
        // One file at a time: its lines are written as soon as it is checked, and nothing of it is kept but a summary (for JSON),
        // so a thousand files cost a thousand times one, not a heap full of scenarios for the garbage collector to carry.
        var allOk = true;
        var json = format == "json" ? new List<object>(files.Count) : null;
        foreach (var file in files)
        {
            var result = ScenarioLocator.LoadFile(file);
            allOk &= result.Ok;
            if (json is not null)
            {
                json.Add(new
                {
                    file,
                    valid = result.Ok,
                    scenario = result.Value?.Id,
                    steps = result.Value?.Steps.Count,
                    distractors = result.Value?.Distractors.Count,
                    diagnostics = result.Diagnostics.Select(d => new
                    {
                        line = d.Line,
                        column = d.Column,
                        severity = d.Severity == Severity.Error ? "error" : "warning",
                        message = d.Message,
                        text = d.ToString(),
                    }).ToList(),
                });
                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic);
            }

            if (result.Ok)
            {
                var s = result.Value!;
                output.WriteLine($"{file}: ok — '{s.Title}', {s.Steps.Count} steps ({s.ExpandedReference().Count} actions), {s.Distractors.Count} distractors");
            }
            else
            {
                output.WriteLine($"{file}: invalid — {result.Errors.Count()} error(s)");
            }
        }

        if (json is not null)
        {
            output.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        }

        return allOk ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
