using System.CommandLine;
using Simulator.Anatomy;
using Simulator.App.Preview;
using Simulator.App.Scene;
using Simulator.App.Sessions;

namespace Simulator.App.Cli;

/// <summary><c>simulator preview FILE --out DIR</c>: a storyboard of the scenario's model attempt, <c>DIR/index.html</c> with its PNGs beside it.</summary>
public static class PreviewCommand
{
    public const string PageName = "index.html";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Scenario file (or the id of one in scenarios/)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for index.html and its images (created if missing).", Required = true };
        var command = new Command("preview",
            "Write a storyboard of the scenario for educators: every reference action with its instruction, rationale and targets, "
            + "a 3D view after it and, for imaging steps, the C-arm image; then the distractors. Renders headless (EGL).")
        {
            file, output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(output)!));
        return command;
    }

    /// <summary>Writes the storyboard and prints the page's path; progress goes to the error stream.</summary>
    public static int Run(CliContext context, string scenarioArg, string outDir)
    {
        var scenario = ScenarioLocator.Load(scenarioArg);
        var directory = Path.GetFullPath(outDir);
        var created = !Directory.Exists(directory);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{outDir}: cannot create the output folder ({ex.Message})", ex);
        }

        var progress = (PreviewProgress?)null;
        try
        {
            var pelvis = Pelvis.Build();
            var board = Storyboard.From(scenario, ReferenceAttempt.Events(scenario, pelvis));
            progress = new PreviewProgress(context.Error, context.ErrorIsTerminal, board.ImageCount);
            StoryboardImages.Write(board, pelvis, directory, progress.Report);
            ResultsFolder.WriteAtomically(Path.Combine(directory, PageName), StoryboardPage.Render(board));
        }
        catch when (created)
        {
            // No EGL, say: a folder this run made and left empty goes again.
            RemoveIfEmpty(directory);
            throw;
        }
        finally
        {
            progress?.Finish();
        }

        context.Out.WriteLine(Path.Combine(outDir, PageName));
        return ExitCodes.Ok;
    }

    private static void RemoveIfEmpty(string directory)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: an empty folder left behind is harmless.
        }
    }
}
