using Simulator.App.Start;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Cli;

/// <summary>
/// What <c>dotnet run --project src/Simulator</c> does with no verb: the start screen in the trainer window
/// (or, with <c>--scenario</c>, that scenario straight away); with no display, one line saying so and the
/// terminal trainer on the same choice.
/// </summary>
/// <remarks>
/// Never stops at a bad remembered scenario: the start screen shows its located errors and selects the
/// default; the terminal prints them and uses the default. Only a scenario named on the command line that
/// does not load ends the program, with its located errors and exit code 1, as for every verb.
/// </remarks>
public static class Launcher
{
    public static int Launch(CliContext context, LaunchOptions options)
    {
        var settings = TrainerSettings.Load();
        if (options.Scenario is not null)
        {
            return LaunchDirect(context, options, settings);
        }

        try
        {
            return WindowLauncher.Start(context, options, settings);
        }
        catch (DisplayUnavailableException ex)
        {
            context.Error.WriteLine($"simulator: no window ({ex.Message}); starting the terminal trainer instead.");
        }

        return RunInTerminal(context, options, Terminal(context, options, settings));
    }

    /// <summary>
    /// <c>--scenario</c>: the session straight away. A worker loads the scenario (its plan checked against the anatomy's shape)
    /// while this thread opens the window hidden, and others read (or build) the anatomy's meshes and load the HUD's fonts, all
    /// of which the first frame needs. The window shows once the scenario has loaded: one that does not load ends the program with
    /// its located errors before any window appears.
    /// </summary>
    private static int LaunchDirect(CliContext context, LaunchOptions options, TrainerSettings settings)
    {
        _ = Task.Run(() => Anatomy.Pelvis.Build().PrepareMeshes());
        _ = Task.Run(HudFonts.WarmUp);
        var loading = Task.Run(() => Direct(options, settings)!);
        GlfwWindow window;
        try
        {
            window = WindowLauncher.OpenWindow(settings, "SI-joint fusion trainer", visible: false);
        }
        catch (DisplayUnavailableException ex)
        {
            var choice = loading.GetAwaiter().GetResult();
            context.Error.WriteLine($"simulator: no window ({ex.Message}); starting the terminal trainer instead.");
            return RunInTerminal(context, options, choice);
        }

        StartChoice direct;
        try
        {
            direct = loading.GetAwaiter().GetResult();
        }
        catch
        {
            window.Dispose();
            throw;
        }

        window.Show();
        return WindowLauncher.Run(context, direct.Scenario, direct.Mode, options.Results, direct.Trainee, window, settings, options.Store);
    }

    private static int RunInTerminal(CliContext context, LaunchOptions options, StartChoice choice)
    {
        var mode = choice.Mode == Mode.Assessment ? "assessment" : "guided";
        return RunCommand.Run(context, new RunCommand.RunOptions(choice.Scenario.SourcePath, null, mode, choice.Trainee, options.Results, false,
            Store: options.Store));
    }

    /// <summary>The session the command line asks for (<c>--scenario</c> given), or null when the start screen is to choose.</summary>
    /// <exception cref="Core.Diagnostics.InputException">The scenario does not load (its located errors).</exception>
    public static StartChoice? Direct(LaunchOptions options, TrainerSettings settings) =>
        options.Scenario is null
            ? null
            : new StartChoice(ScenarioLocator.Load(options.Scenario), ParseMode(options.Mode) ?? settings.Mode, options.Trainee ?? settings.Trainee);

    public static Mode? ParseMode(string? mode) => mode switch
    {
        "guided" => Mode.Guided,
        "assessment" => Mode.Assessment,
        _ => null,
    };

    /// <summary>The start screen's initial choice, for the terminal: the remembered scenario, or the default with the reason printed.</summary>
    private static StartChoice Terminal(CliContext context, LaunchOptions options, TrainerSettings settings)
    {
        var model = new StartScreenModel(ScenarioLocator.ScenariosDirectory(), settings, ParseMode(options.Mode), options.Trainee);
        if (model.Notice is { } notice)
        {
            context.Error.WriteLine($"simulator: {notice.Headline}");
            foreach (var line in notice.Lines)
            {
                context.Error.WriteLine(line);
            }
        }

        if (!model.Start())
        {
            // Not even the default loads: its errors, and exit 1 (the terminal has nothing else to offer).
            throw new Core.Diagnostics.InputException(
                ScenarioLocator.LoadFile(model.SelectedEntry?.Path ?? ScenarioLocator.Resolve(ScenarioLocator.DefaultScenarioId)).Diagnostics);
        }

        return model.Choice!;
    }
}
