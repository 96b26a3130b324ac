using System.CommandLine;
using System.Text;
using Simulator.Core.Scenarios;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator new ID [--title T] [--out FILE]</c>: writes a scenario skeleton (see <see cref="ScenarioSkeleton"/>) to
/// <c>./ID.yaml</c> or FILE; never overwrites a file.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The scenario id: lowercase letters, digits and hyphens." };
        var title = new Option<string?>("--title") { Description = "The title shown to the trainee (default: from the id)." };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: ./ID.yaml); an existing file is never overwritten.", HelpName = "FILE" };
        var command = new Command("new", "Write a scenario skeleton that validates: every top-level key explained, two steps, a group and a distractor.")
        {
            id, title, output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(id)!, parse.GetValue(title), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, string id, string? title, string? output)
    {
        if (!ScenarioIds.IsValid(id))
        {
            context.Error.WriteLine($"simulator: error: scenario id '{id}' must match {ScenarioIds.Pattern} (lowercase letters, digits and hyphens)");
            return ExitCodes.BadInput;
        }

        var path = output ?? id + ".yaml";
        if (File.Exists(path) || Directory.Exists(path))
        {
            context.Error.WriteLine($"{path}: error: already exists; not overwritten (choose another --out, or move it away)");
            return ExitCodes.BadInput;
        }

        var text = ScenarioSkeleton.Text(id, title ?? ScenarioSkeleton.TitleOf(id), path);
        try
        {
            // CreateNew: a file that appears between the check above and now is not overwritten either.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            context.Error.WriteLine($"{path}: error: already exists; not overwritten (choose another --out, or move it away)");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{path}: error: cannot write: {ex.Message}");
            return ExitCodes.BadInput;
        }

        context.Out.WriteLine(path);
        return ExitCodes.Ok;
    }
}
