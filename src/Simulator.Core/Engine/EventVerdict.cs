using Simulator.Core.Attempts;

namespace Simulator.Core.Engine;

/// <summary>The engine's verdict on one submitted event.</summary>
/// <param name="Event">The event as submitted.</param>
/// <param name="Outcome">The classification.</param>
/// <param name="Message">
/// What the trainee is told, on one line: <see cref="Headline"/>, then the measurement lines (<see cref="Checks"/>), the
/// scenario's technique feedback when a line is not ✓, and the redo offer, joined by " · ". It is the log's <c>message</c>.
/// </param>
/// <param name="Rationale">The rationale of the step the message is about (the missing or expected step), or "".</param>
/// <remarks>
/// The recorded list of verdicts is what the scorer consumes, so that a refused guided event is left
/// out of scoring exactly as it was left out of the live session.
/// </remarks>
public sealed record EventVerdict(AttemptEvent Event, Outcome Outcome, string Message, string Rationale)
{
    /// <summary>True unless the event was refused; refused events are not part of the performed sequence.</summary>
    public bool Performed => Outcome != Outcome.Refused;

    /// <summary>Danger structures the event's instrument entered (from the geometry judge); each is a critical error.</summary>
    public IReadOnlyList<string> Breaches { get; init; } = Array.Empty<string>();

    /// <summary>The outcome sentence alone, e.g. "Dock the guide pin on the ilium: done" (a precondition critical error's reason).</summary>
    public string Headline { get; init; } = "";

    /// <summary>Every target of the performed step against the event's value, in the step's order (none for refusals and distractors).</summary>
    public IReadOnlyList<TargetCheck> Checks { get; init; } = Array.Empty<TargetCheck>();

    /// <summary>The step's <c>feedback.technique</c> text when a check is not ✓, else "".</summary>
    public string Advice { get; init; } = "";

    /// <summary>The redo the trainee may do now, e.g. "withdraw and re-dock the pin", when a check is not ✓ and the pin allows it; else "".</summary>
    public string RedoOffer { get; init; } = "";

    /// <summary>For <see cref="Outcome.Redone"/>: the occurrence (1-based) whose measurements this event replaces.</summary>
    public int? Redoes { get; init; }

    /// <summary>True if every check is ✓ (also when there are none).</summary>
    public bool OnTarget => Checks.All(c => c.Grade == CheckGrade.Inside);

    /// <summary>True if a critical target's check is ✗: the attempt fails on it unless it is redone.</summary>
    public bool CriticalMiss => Checks.Any(c => c.Critical && c.Grade == CheckGrade.Outside);
}
