using Simulator.Core.Diagnostics;

namespace Simulator.Core.Scenarios.Lint;

/// <summary>
/// Warnings about a valid scenario that an educator should see before publishing it: text the trainee will miss,
/// measurements the window cannot take, order and precondition clauses that say nothing or can never be met, and
/// a C-arm shot limit the model attempt itself exceeds. None of them stops the file from loading.
/// </summary>
/// <remarks>
/// Each warning is located at the node it is about: the step (its <c>id</c> line), the target (its name), the
/// distractor, or the <c>max_shots</c> key. A step without a rationale is reported in the words the loader uses,
/// so a caller merging both lists can drop the duplicate.
/// </remarks>
public static class ScenarioLint
{
    /// <summary>Every warning for <paramref name="scenario"/>, in file order.</summary>
    public static IReadOnlyList<Diagnostic> Check(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var found = new List<Diagnostic>();
        void Warn(int line, int column, string message) =>
            found.Add(new Diagnostic(scenario.SourcePath, line, column, Severity.Warning, message));

        MissingText(scenario, Warn);
        DistractorsLikeSteps(scenario, Warn);
        TargetsTheWindowCannotTake(scenario, Warn);
        ShotLimit(scenario, Warn);
        OrderLint.Requires(scenario, Warn);
        OrderLint.After(scenario, Warn);
        return found.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
    }

    /// <summary>A step without a rationale; a critical step without <c>feedback: omitted</c>; targets without <c>feedback: technique</c>.</summary>
    private static void MissingText(Scenario scenario, Action<int, int, string> warn)
    {
        foreach (var step in scenario.Steps)
        {
            if (string.IsNullOrWhiteSpace(step.Rationale))
            {
                warn(step.Line, step.Column, $"step '{step.Id}' has no 'rationale'");
            }

            if (step.Critical && string.IsNullOrWhiteSpace(step.Feedback.GetValueOrDefault(FeedbackKinds.Omitted)))
            {
                warn(step.Line, step.Column,
                    $"critical step '{step.Id}' has no 'feedback: omitted': a trainee who leaves it out fails without being told why it matters");
            }

            if (step.Targets.Count > 0 && string.IsNullOrWhiteSpace(step.Feedback.GetValueOrDefault(FeedbackKinds.Technique)))
            {
                var first = step.Targets[0];
                var names = string.Join(", ", step.Targets.Select(t => t.Name));
                warn(first.Line, first.Column,
                    $"step '{step.Id}' has targets ({names}) but no 'feedback: technique': a measurement outside its target gets no advice on how to correct it");
            }
        }
    }

    /// <summary>A distractor named like a step: the trainee cannot tell the right action from the wrong one in a menu.</summary>
    private static void DistractorsLikeSteps(Scenario scenario, Action<int, int, string> warn)
    {
        foreach (var distractor in scenario.Distractors)
        {
            var twin = scenario.Steps.FirstOrDefault(s => Same(s.Name, distractor.Name));
            if (twin is not null)
            {
                warn(distractor.Line, distractor.Column,
                    $"distractor '{distractor.Id}' has the same name as step '{twin.Id}' (\"{twin.Name}\"): the trainee cannot tell the wrong action from the right one");
            }
        }
    }

    /// <summary>A target whose name no source produces for its step's action (see <see cref="ActionCatalog"/>).</summary>
    private static void TargetsTheWindowCannotTake(Scenario scenario, Action<int, int, string> warn)
    {
        foreach (var step in scenario.Steps)
        {
            var entry = ActionCatalog.Of(step.Action);
            foreach (var target in step.Targets.Where(t => !ActionCatalog.Produces(step.Action, t.Name)))
            {
                var carries = entry is null || !entry.Produces.Any() ? "nothing" : string.Join(", ", entry.Produces);
                var elsewhere = ActionCatalog.ActionsProducing(target.Name).ToList();
                var hint = elsewhere.Count > 0 ? $"; {target.Name} is measured by {string.Join(", ", elsewhere)}" : "";
                warn(target.Line, target.Column,
                    $"target '{target.Name}' of step '{step.Id}' (action {step.Action}): the window cannot produce it; it can only be scored from scripts "
                    + $"(a {step.Action} event carries {carries}{hint})");
            }
        }
    }

    /// <summary><c>max_shots</c> below the C-arm shots of the reference: the model attempt loses economy points.</summary>
    private static void ShotLimit(Scenario scenario, Action<int, int, string> warn)
    {
        var shots = ReferenceShots(scenario);
        if (scenario.MaxShots is { } cap && cap < shots)
        {
            warn(scenario.MaxShotsAt.Line, scenario.MaxShotsAt.Column,
                $"max_shots {cap} is below the {shots} C-arm shots the reference takes (steps with action imaging, repeats counted): the model attempt itself loses economy points");
        }
    }

    /// <summary>C-arm shots in the expanded reference (optional steps included, as the model attempt takes them).</summary>
    public static int ReferenceShots(Scenario scenario) =>
        scenario.ExpandedReference().Count(s => s.Action == StepActions.Imaging);

    private static bool Same(string a, string b) =>
        a.Trim().Length > 0 && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
