using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>Decides which step or distractor a physical action in the window stands for.</summary>
/// <remarks>
/// The trainee does things (drills, takes an inlet shot), the engine scores ids. In order of preference:
/// the next required step, then the next expected (possibly optional) step, if it is done this way; another step done this way whose <c>requires</c> and <c>after</c> are met
/// (performing it out of order is then scored as such); a distractor committed this way (drilling with
/// no pin across the joint); otherwise the first step done this way that is still outstanding, so the
/// engine refuses it (guided) or records the precondition violation (assessment) with its reason. In guided mode a shot in the
/// view of an imaging step not yet taken at all is that step (refused with its reason) rather than an extra shot.
/// Imaging actions match the step's <c>view</c> (a step without a view accepts any).
/// </remarks>
public static class ActionResolver
{
    public static string? Resolve(Session session, string action, string view = "")
    {
        var scenario = session.Scenario;
        bool Matches(Step s) => s.Action == action && (action != StepActions.Imaging || s.View.Length == 0 || s.View == view);
        int Done(Step s) => session.Counts.GetValueOrDefault(s.Id);
        bool Ready(Step s) => Preconditions.FirstUnmet(scenario, s, Done(s) + 1, session.Counts) is null
            && Preconditions.FirstUnmetAfter(scenario, s, Done(s) + 1, session.Counts) is null;

        // The next required step first: an optional step left out earlier does not capture a later action of its kind.
        foreach (var next in new[] { session.NextRequired, session.Expected })
        {
            if (next is { } expected && Matches(expected.Step) && Ready(expected.Step))
            {
                return expected.Step.Id;
            }
        }

        var candidates = scenario.Steps.Where(Matches).ToList();
        var available = candidates.FirstOrDefault(s => Done(s) < s.ExpectedCount && Ready(s));
        if (available is not null)
        {
            return available.Id;
        }

        // Guided mode: a view asked for too early (a lateral before the C-arm is set up) is refused with the reason and
        // what to do first, instead of being taken as an extra shot the trainee is never told about.
        if (action == StepActions.Imaging && session.Mode == Core.Attempts.Mode.Guided
            && candidates.FirstOrDefault(s => s.View.Length > 0 && Done(s) == 0) is { } early)
        {
            return early.Id;
        }

        var distractor = scenario.Distractors.FirstOrDefault(d => d.Action == action);
        if (distractor is not null)
        {
            return distractor.Id;
        }

        return (candidates.FirstOrDefault(s => Done(s) < s.ExpectedCount) ?? candidates.LastOrDefault())?.Id;
    }
}
