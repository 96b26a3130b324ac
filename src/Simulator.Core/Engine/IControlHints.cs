using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>Says how the trainee performs a step in the session at hand, so the engine's words can name the key or tool.</summary>
/// <remarks>
/// Core knows no keys; the window supplies its tray and keys, the terminal its action list. Hints only go into
/// guided refusals and redo offers — never into anything scored — so a log re-scores to the same result
/// whichever session kind wrote it.
/// </remarks>
public interface IControlHints
{
    /// <summary>How to do <paramref name="step"/>, e.g. "tool 4 C-arm: L, then Space"; "" if there is nothing to add.</summary>
    string How(Step step);

    /// <summary>How to withdraw for a redo of <paramref name="step"/>, e.g. "press W"; "" if there is nothing to add.</summary>
    string Redo(Step step);
}
