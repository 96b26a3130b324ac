using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>Opens the trainer window; reports <see cref="DisplayUnavailableException"/> to the caller so it can fall back to the terminal.</summary>
public static class WindowLauncher
{
    public static int Run(CliContext context, Scenario scenario, Mode mode)
    {
        var pelvis = Pelvis.Build();
        var session = new Session(scenario, mode);
        using var window = new TrainerWindow(scenario, session, pelvis);
        window.Refresh();
        window.Run();
        return ExitCodes.Ok;
    }
}
