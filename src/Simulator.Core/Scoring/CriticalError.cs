namespace Simulator.Core.Scoring;

/// <summary>An error that fails the attempt whatever the total: <c>{id, kind, reason, at}</c>.</summary>
/// <param name="Id">The step or distractor involved.</param>
/// <param name="Kind">One of <see cref="CriticalErrorKinds"/>.</param>
/// <param name="Reason">A sentence explaining the failure.</param>
/// <param name="AtSeconds">When it happened, or null for an omission (which has no moment).</param>
/// <remarks>Kept separate from points: a safety error must fail an otherwise good attempt, not merely cost marks.</remarks>
public sealed record CriticalError(string Id, string Kind, string Reason, double? AtSeconds);
