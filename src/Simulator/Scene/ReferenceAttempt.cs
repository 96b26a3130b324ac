using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>The model attempt: every reference step in order with each measurement at the centre of its target.</summary>
public static class ReferenceAttempt
{
    public static List<AttemptEvent> Events(Scenario scenario)
    {
        var events = new List<AttemptEvent>();
        var at = 0.0;
        foreach (var step in scenario.ExpandedReference())
        {
            at += 30;
            events.Add(new AttemptEvent(step.Id, at, step.Targets.ToDictionary(t => t.Name, t => Measurement.Of(t.Centre))));
        }

        return events;
    }

    /// <summary>
    /// The model attempt up to and including <paramref name="after"/>: <c>STEP</c> (its last occurrence)
    /// or <c>STEP#k</c> (its k-th). Throws <see cref="InputException"/> naming the scenario for an unknown step.
    /// </summary>
    public static List<AttemptEvent> Until(Scenario scenario, string after)
    {
        var parts = after.Split('#', 2);
        var id = parts[0];
        var all = Events(scenario);
        var occurrences = all.Select((e, i) => (e, i)).Where(x => x.e.Do == id).Select(x => x.i).ToList();
        if (occurrences.Count == 0)
        {
            var known = scenario.Steps.Select(s => s.Id);
            var hint = Simulator.Core.Yaml.NodeReader.Suggest(id, known) is { } s ? $" (did you mean '{s}'?)" : "";
            throw new InputException(new Diagnostic(scenario.SourcePath, 0, 0, Severity.Error,
                $"--after: unknown step '{id}' in scenario '{scenario.Id}'{hint}"));
        }

        var k = occurrences.Count;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out k) || k < 1 || k > occurrences.Count))
        {
            throw new InputException(new Diagnostic(scenario.SourcePath, 0, 0, Severity.Error,
                $"--after: step '{id}' is performed {occurrences.Count} time(s); '#{parts[1]}' is not one of 1–{occurrences.Count}"));
        }

        return all.Take(occurrences[k - 1] + 1).ToList();
    }
}
