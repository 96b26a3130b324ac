using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>What people call a step or distractor: its name, never its id (the id only where nothing else is known).</summary>
public static class Names
{
    /// <summary>The name of the step or distractor <paramref name="id"/>; the id itself if the scenario has neither, or the name is empty.</summary>
    public static string Of(Scenario scenario, string id)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var name = scenario.FindStep(id)?.Name ?? scenario.FindDistractor(id)?.Name;
        return string.IsNullOrEmpty(name) ? id : name;
    }
}
