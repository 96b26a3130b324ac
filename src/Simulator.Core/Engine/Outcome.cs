namespace Simulator.Core.Engine;

/// <summary>How the engine classified one submitted event.</summary>
/// <remarks>
/// Only <see cref="Refused"/> keeps an event out of the performed sequence; every other outcome is
/// performed and is scored (a <see cref="Redone"/> event replaces the measurements of the occurrence it redoes). The classification drives live feedback; the score itself is computed
/// from the whole attempt by the scorer.
/// </remarks>
public enum Outcome
{
    /// <summary>The step was due (possibly after skipping optional steps) and its preconditions were met.</summary>
    Accepted,

    /// <summary>A step performed while an earlier required reference step was still outstanding.</summary>
    OutOfOrder,

    /// <summary>A step performed more often than the scenario expects.</summary>
    Repeated,

    /// <summary>A distractor (a plausible wrong action).</summary>
    Distractor,

    /// <summary>Guided mode: preconditions unmet, so the action was not carried out.</summary>
    Refused,

    /// <summary>Assessment mode: preconditions unmet but recorded anyway; the scorer counts it as a critical error.</summary>
    PreconditionViolated,

    /// <summary>
    /// A redo (<see cref="Attempts.AttemptEvent.Redo"/>) of the step's last occurrence, allowed by <see cref="RedoRule"/>: its
    /// measurements replace that occurrence's for technique, it costs economy as a repeat, and it is not a new occurrence.
    /// </summary>
    Redone,
}
