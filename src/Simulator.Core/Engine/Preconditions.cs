using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>The proportional <c>requires</c> rule shared by the live session and the scorer.</summary>
/// <remarks>
/// The k-th performance of S needs every required step R performed at least
/// ceil(k × expected(R) / expected(S)) times (capped at expected(R)) before it. This lets a step in
/// a repeated group require its partner once per iteration (implant k needs pin ≥ k) while a step
/// done once after the group requires the whole group (irrigation needs all 3 implants).
/// </remarks>
public static class Preconditions
{
    /// <summary>The first unmet requirement of the <paramref name="occurrence"/>-th performance of <paramref name="step"/>, or null.</summary>
    /// <param name="scenario">The scenario (to expand group ids in <c>requires</c>).</param>
    /// <param name="step">The step about to be performed.</param>
    /// <param name="occurrence">Which performance this would be (1-based).</param>
    /// <param name="counts">Performed counts per step id so far (not including this one).</param>
    public static PreconditionShortfall? FirstUnmet(Scenario scenario, Step step, int occurrence, IReadOnlyDictionary<string, int> counts) =>
        FirstUnmet(scenario, step, occurrence, counts, step.Requires);

    /// <summary>
    /// The same proportional rule over the step's <c>after</c> list: which ordering predecessor has not been done yet. The engine
    /// does not refuse on it (an <c>after</c> only orders), but the window uses it to tell a step done early from the distractor
    /// that stands for that mistake.
    /// </summary>
    public static PreconditionShortfall? FirstUnmetAfter(Scenario scenario, Step step, int occurrence, IReadOnlyDictionary<string, int> counts) =>
        FirstUnmet(scenario, step, occurrence, counts, step.After ?? Array.Empty<string>());

    private static PreconditionShortfall? FirstUnmet(
        Scenario scenario, Step step, int occurrence, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> ids)
    {
        // Each id is a group (all its steps, in order) or a single step; unknown ids require nothing.
        for (var i = 0; i < ids.Count; i++)
        {
            if (scenario.FindGroup(ids[i]) is { } group)
            {
                for (var j = 0; j < group.Steps.Count; j++)
                {
                    if (Shortfall(step, occurrence, counts, group.Steps[j]) is { } gap)
                    {
                        return gap;
                    }
                }
            }
            else if (scenario.FindStep(ids[i]) is { } single && Shortfall(step, occurrence, counts, single) is { } gap)
            {
                return gap;
            }
        }

        return null;
    }

    private static PreconditionShortfall? Shortfall(Step step, int occurrence, IReadOnlyDictionary<string, int> counts, Step required)
    {
        var needed = Needed(occurrence, required.ExpectedCount, step.ExpectedCount);
        var performed = counts.GetValueOrDefault(required.Id);
        return performed < needed ? new PreconditionShortfall(required, needed, performed) : null;
    }

    /// <summary>ceil(k × expectedRequired / expectedStep), capped at expectedRequired.</summary>
    public static int Needed(int occurrence, int expectedRequired, int expectedStep)
    {
        var divisor = Math.Max(1, expectedStep);
        var proportional = (int)(((long)occurrence * expectedRequired + divisor - 1) / divisor);
        return Math.Min(expectedRequired, proportional);
    }
}
