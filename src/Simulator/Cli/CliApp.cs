using System.CommandLine;
using System.CommandLine.Help;
using Simulator.Core.Diagnostics;

namespace Simulator.App.Cli;

/// <summary>The <c>simulator</c> command line: verbs, usage errors (exit 2) and bad input (exit 1, no stack trace).</summary>
public static class CliApp
{
    /// <param name="launch">What no verb does (tests pass their own); default <see cref="Launcher.Launch"/>.</param>
    public static RootCommand Build(CliContext context, Func<LaunchOptions, int>? launch = null)
    {
        var scenario = new Option<string?>("--scenario", "-s")
        {
            Description = "Open this scenario (file or id) straight away instead of showing the start screen.",
        };
        var mode = new Option<string?>("--mode", "-m") { Description = "guided or assessment (default: the mode used last time)." };
        mode.AcceptOnlyFromAmong("guided", "assessment");
        var trainee = new Option<string?>("--trainee", "-t") { Description = "Trainee name or id (default: the one used last time)." };
        var store = Sessions.SessionRecorder.StoreOption();
        var root = new RootCommand(
            "SI-joint fusion step-training simulator. With no verb, opens the trainer window on a start screen: pick the scenario "
            + "(from scenarios/ or any file by path), the mode and the trainee name, remembered for next time. "
            + "'simulator --scenario S --mode M' skips the start screen and opens S in mode M. "
            + "With no display, the same session runs in the terminal.")
        {
            scenario, mode, trainee, store,
            ValidateCommand.Create(context),
            CheckCommand.Create(context),
            NewCommand.Create(context),
            ScoreCommand.Create(context),
            RunCommand.Create(context),
            ListCommand.Create(context),
            BenchCommand.Create(context),
            RenderCommand.Create(context),
            AnatomyCommand.Create(context),
            ReplayCommand.Create(context),
            HistoryCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ProgressCommand.Create(context),
            CohortCommand.Create(context),
            ForgetCommand.Create(context),
            PreviewCommand.Create(context),
        };
        root.SetAction(parse => (launch ?? (options => Launcher.Launch(context, options)))(
            new LaunchOptions(parse.GetValue(scenario), parse.GetValue(mode), parse.GetValue(trainee), Store: parse.GetValue(store))));
        return root;
    }

    public static int Run(string[] args, CliContext context, Func<LaunchOptions, int>? launch = null)
    {
        var root = Build(context, launch);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"simulator: {error.Message}");
            }

            context.Error.WriteLine("Run 'simulator --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex)
        {
            return Report(ex, context);
        }
    }

    /// <summary>Turns an exception into the one-line messages a person can act on; never a stack trace.</summary>
    public static int Report(Exception ex, CliContext context)
    {
        switch (ex)
        {
            case InputException input:
                foreach (var d in input.Diagnostics.Where(d => d.IsError))
                {
                    context.Error.WriteLine(d);
                }

                return ExitCodes.BadInput;
            case Records.RecordsException records:
                context.Error.WriteLine(records.Message);
                return ExitCodes.BadInput;
            case UsageException usage:
                context.Error.WriteLine($"simulator: {usage.Message}");
                return ExitCodes.Usage;
            case Rendering.Hosts.DisplayUnavailableException display:
                context.Error.WriteLine($"simulator: error: {display.Message}");
                return ExitCodes.BadInput;
            case Rendering.Gl.ShaderException shader:
                context.Error.WriteLine($"simulator: error: {shader.Message}");
                return ExitCodes.BadInput;
            case IOException or UnauthorizedAccessException:
                context.Error.WriteLine($"simulator: error: {ex.Message}");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                context.Error.WriteLine("simulator: cancelled");
                return ExitCodes.BadInput;
            default:
                context.Error.WriteLine($"simulator: internal error: {ex.GetType().Name}: {ex.Message}");
                return ExitCodes.BadInput;
        }
    }
}
