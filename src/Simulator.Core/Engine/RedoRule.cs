using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>Which steps can be redone, when, and how the redo is offered.</summary>
/// <remarks>
/// Surgery allows withdrawing a guide pin and placing it again while nothing has gone over it: a docked pin
/// can be withdrawn and re-docked, an advanced pin pulled back and re-aimed. So a <c>pin-dock</c> or
/// <c>pin-advance</c> step can be redone while nothing but C-arm shots and checks has been done since it was
/// last performed; once the pin is advanced (after docking) or drilled over (after advancing), it cannot.
/// A C-arm shot can be retaken straight after it (the C-arm adjusted, say, until the notches superimpose): an
/// <c>imaging</c> step is redoable while it is the last thing performed.
/// </remarks>
public static class RedoRule
{
    /// <summary>True for the step actions a redo exists for.</summary>
    public static bool Redoable(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Action is StepActions.PinDock or StepActions.PinAdvance or StepActions.Imaging;
    }

    /// <summary>True for the pin steps, which are redone by withdrawing the pin.</summary>
    public static bool IsPinStep(Step step) => step.Action is StepActions.PinDock or StepActions.PinAdvance;

    /// <summary>What the redo is, in the trainee's words: "withdraw and re-dock the pin", "withdraw the pin and re-aim before advancing".</summary>
    public static string Offer(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Action switch
        {
            StepActions.PinDock => "withdraw and re-dock the pin",
            StepActions.Imaging => "adjust the C-arm and take the shot again",
            _ => "withdraw the pin and re-aim before advancing",
        };
    }

    /// <summary>Why <paramref name="step"/> cannot be redone after <paramref name="history"/>, or null if it can.</summary>
    /// <param name="scenario">The scenario (to tell an event's action).</param>
    /// <param name="step">The step to redo.</param>
    /// <param name="history">Every event so far with its verdict, in order.</param>
    public static string? Obstacle(Scenario scenario, Step step, IReadOnlyList<EventVerdict> history)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(history);
        if (!Redoable(step))
        {
            return $"\"{step.Name}\" cannot be redone";
        }

        for (var i = history.Count - 1; i >= 0; i--)
        {
            var v = history[i];
            if (!v.Performed)
            {
                continue;
            }

            if (v.Event.Do == step.Id)
            {
                return null;
            }

            if (step.Action == StepActions.Imaging)
            {
                var done = scenario.FindStep(v.Event.Do)?.Name ?? scenario.FindDistractor(v.Event.Do)?.Name ?? v.Event.Do;
                return $"\"{step.Name}\" can only be retaken straight after it: \"{done}\" has been done since";
            }

            var action = scenario.FindStep(v.Event.Do)?.Action ?? scenario.FindDistractor(v.Event.Do)?.Action ?? "";
            if (action is not (StepActions.Imaging or StepActions.Check or ""))
            {
                var name = scenario.FindStep(v.Event.Do)?.Name ?? scenario.FindDistractor(v.Event.Do)?.Name ?? v.Event.Do;
                return $"too late to redo \"{step.Name}\": \"{name}\" has been done since";
            }
        }

        return $"\"{step.Name}\" has not been done yet, so there is nothing to redo";
    }
}
