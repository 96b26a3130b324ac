using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator check FILE… [--format text|json]</c>: what an educator needs before publishing a scenario — validation,
/// lint warnings, and the reference autopilot, which must score 100 and pass. Exit 0 only if every file is valid and
/// its autopilot does; warnings do not fail.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario YAML files or scenario ids (a glob such as scenarios/*.yaml works too).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a header per file, then path:line:col lines and the autopilot's result) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check",
            "Check scenarios before publishing: validation, warnings (missing rationale or feedback, targets the window cannot measure, "
            + "redundant or unsatisfiable order clauses, max_shots), and the model attempt played through the engine, which must score 100 and pass.")
        {
            files,
            format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(format)!));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> arguments, string format)
    {
        var checks = Expand(arguments).Select(ScenarioCheck.Run).ToList();
        if (format == "json")
        {
            var objects = checks.Select(Json).ToList();
            object document = objects.Count == 1 ? objects[0] : objects;
            context.Out.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
        }
        else
        {
            for (var i = 0; i < checks.Count; i++)
            {
                if (i > 0)
                {
                    context.Out.WriteLine();
                }

                WriteText(context.Out, checks[i]);
            }
        }

        return checks.All(c => c.Ok) ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static void WriteText(TextWriter output, ScenarioCheck check)
    {
        output.WriteLine(check.Header);
        foreach (var d in check.Errors.Concat(check.Warnings))
        {
            output.WriteLine(d);
        }

        output.WriteLine(check.AutopilotLine);
    }

    /// <summary>The JSON object of one file; documented in docs/scenario-format.md (Checking before publishing).</summary>
    public static Dictionary<string, object?> Json(ScenarioCheck check) => new()
    {
        ["file"] = check.File,
        ["valid"] = check.Valid,
        ["errors"] = check.Errors.Select(Json).ToList(),
        ["warnings"] = check.Warnings.Select(Json).ToList(),
        ["autopilot"] = check.Autopilot is { } a
            ? new Dictionary<string, object?>
            {
                ["total"] = a.Total,
                ["passed"] = a.Passed,
                ["events"] = a.Events.Select(Json).ToList(),
            }
            : null,
    };

    private static Dictionary<string, object?> Json(Diagnostic d) => new()
    {
        ["line"] = d.Line,
        ["col"] = d.Column,
        ["message"] = d.Message,
        ["text"] = d.ToString(),
    };

    /// <summary>An event as the session log and attempt files write it: <c>{do, at, redo?, with}</c>.</summary>
    private static Dictionary<string, object?> Json(AttemptEvent e)
    {
        var json = new Dictionary<string, object?> { ["do"] = e.Do, ["at"] = Math.Round(e.At, 3) };
        if (e.Redo)
        {
            json["redo"] = true;
        }

        json["with"] = e.With.ToDictionary(kv => kv.Key, kv => kv.Value.Number is { } n ? (object)n : kv.Value.Vector!);
        return json;
    }

    /// <summary>
    /// Each argument as a file: a scenario id becomes its file in the scenarios folder, and a pattern the shell did not
    /// expand (<c>*</c> or <c>?</c> in the file name, as on Windows) the matching files in its folder, in name order.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            var name = Path.GetFileName(argument);
            if (!File.Exists(argument) && name.IndexOfAny(['*', '?']) >= 0)
            {
                var folder = Path.GetDirectoryName(argument) is { Length: > 0 } d ? d : ".";
                var matches = Directory.Exists(folder)
                    ? Directory.GetFiles(folder, name).Order(StringComparer.Ordinal).ToList()
                    : new List<string>();
                if (matches.Count > 0)
                {
                    foreach (var match in matches)
                    {
                        yield return folder == "." && Path.GetDirectoryName(argument) is not { Length: > 0 } ? Path.GetFileName(match) : match;
                    }

                    continue;
                }
            }

            yield return ScenarioLocator.Resolve(argument);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
