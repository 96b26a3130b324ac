using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Sessions;

/// <summary>Snake-case names of <see cref="Outcome"/> values as written to session logs and JSON.</summary>
public static class OutcomeNames
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "accepted",
        Outcome.OutOfOrder => "out_of_order",
        Outcome.Repeated => "repeated",
        Outcome.Distractor => "distractor",
        Outcome.Refused => "refused",
        Outcome.PreconditionViolated => "precondition_violated",
        Outcome.Redone => "redone",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>A word and a symbol, so feedback never depends on colour alone.</summary>
    public static string Badge(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "✓ OK",
        Outcome.OutOfOrder => "↕ OUT OF ORDER",
        Outcome.Repeated => "⟳ REPEATED",
        Outcome.Distractor => "✗ WRONG ACTION",
        Outcome.Refused => "⊘ REFUSED",
        Outcome.PreconditionViolated => "! PRECONDITION",
        Outcome.Redone => "↺ REDONE",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// One progress line for a played event: time, badge and the engine's message (which names the step and its measurements).
    /// Assessment mode stays silent until the debrief, so there the line only names what was recorded.
    /// </summary>
    public static string Line(EventVerdict verdict, Scenario scenario, Mode mode)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return mode == Mode.Assessment && verdict.Outcome != Outcome.Refused
            ? $"{verdict.Event.At,7:0.0}s  {FeedbackMessage.RecordedBadge,-16} {Names.Of(scenario, verdict.Event.Do)}"
            : $"{verdict.Event.At,7:0.0}s  {Badge(verdict.Outcome),-16} {verdict.Message}";
    }
}
