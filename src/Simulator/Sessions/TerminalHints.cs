using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Sessions;

/// <summary>How each step is done in the terminal session: by choosing it from the action list; a redo by choosing "redo".</summary>
public sealed class TerminalHints : IControlHints
{
    public static TerminalHints Instance { get; } = new();

    public string How(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Instrument.Length > 0 ? $"choose \"{step.Name} [{step.Instrument}]\"" : $"choose \"{step.Name}\"";
    }

    public string Redo(Step step) => "choose redo";
}
