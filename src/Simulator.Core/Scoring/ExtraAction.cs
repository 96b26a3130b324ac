namespace Simulator.Core.Scoring;

/// <summary>One performed distractor: <c>{id, name, consequence, critical, at}</c>.</summary>
/// <param name="Id">Distractor id.</param>
/// <param name="Name">Distractor name.</param>
/// <param name="Consequence">What doing it would cause in a real patient.</param>
/// <param name="Critical">True if performing it fails the attempt.</param>
/// <param name="AtSeconds">When it was performed, seconds from the start.</param>
/// <remarks>One entry per occurrence, so doing the same wrong thing twice shows twice.</remarks>
public sealed record ExtraAction(string Id, string Name, string Consequence, bool Critical, double AtSeconds);
