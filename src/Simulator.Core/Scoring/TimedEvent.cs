namespace Simulator.Core.Scoring;

/// <summary>Time taken by one performed event: <c>{do, at, seconds}</c>.</summary>
/// <param name="Do">The step or distractor id.</param>
/// <param name="AtSeconds">When it happened, seconds from the start.</param>
/// <param name="Seconds">Time since the previous performed event (for the first event, its own <c>at</c>).</param>
/// <remarks>Lets the debrief show where time was spent without the trainee subtracting timestamps.</remarks>
public sealed record TimedEvent(string Do, double AtSeconds, double Seconds);
