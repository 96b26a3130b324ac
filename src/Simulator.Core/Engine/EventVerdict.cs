using Simulator.Core.Attempts;

namespace Simulator.Core.Engine;

/// <summary>The engine's verdict on one submitted event.</summary>
/// <param name="Event">The event as submitted.</param>
/// <param name="Outcome">The classification.</param>
/// <param name="Message">A sentence for the trainee (why it was refused, what was expected, ...).</param>
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
}
