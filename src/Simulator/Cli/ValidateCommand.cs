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
        var results = files.Select(f => (File: f, Result: ScenarioLocator.LoadFile(f))).ToList();
        if (format == "json")
        {
            var json = results.Select(r => new
            {
                file = r.File,
                valid = r.Result.Ok,
                scenario = r.Result.Value?.Id,
                steps = r.Result.Value?.Steps.Count,
                distractors = r.Result.Value?.Distractors.Count,
                diagnostics = r.Result.Diagnostics.Select(d => new
                {
                    line = d.Line,
                    column = d.Column,
                    severity = d.Severity == Severity.Error ? "error" : "warning",
                    message = d.Message,
                    text = d.ToString(),
                }),
            });
            output.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            foreach (var (file, result) in results)
            {
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
        }

        return results.All(r => r.Result.Ok) ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
