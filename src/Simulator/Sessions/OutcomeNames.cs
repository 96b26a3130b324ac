using Simulator.Core.Engine;

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

    /// <summary>One progress line for a played event: time, id, badge and message.</summary>
    public static string Line(EventVerdict verdict) =>
        $"{verdict.Event.At,7:0.0}s  {verdict.Event.Do,-24} {Badge(verdict.Outcome)}  {verdict.Message}";
}
