using Simulator.Core.Diagnostics;

namespace Simulator.App.Start;

/// <summary>A scenario the start screen offers: a file in <c>scenarios/</c>, or one opened by path (<see cref="Opened"/>).</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Title">The scenario's title, or the file name when it does not load.</param>
/// <param name="Errors">Located errors (<c>path:line:col: error: …</c>); empty when the scenario loads.</param>
/// <param name="Scenario">The scenario as loaded when listed (its id and proficiency criterion), or null when it does not load.</param>
public sealed record ScenarioEntry(string Path, string Title, string Description, int Steps, IReadOnlyList<Diagnostic> Errors, bool Opened,
    Core.Scenarios.Scenario? Scenario = null)
{
    public bool Valid => Errors.Count == 0;

    /// <summary>The file name without extension (the id <c>--scenario</c> takes for files in <c>scenarios/</c>).</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}
