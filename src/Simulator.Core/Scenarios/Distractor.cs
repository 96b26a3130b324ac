namespace Simulator.Core.Scenarios;

/// <summary>A plausible wrong action; performing it is an extra, and a critical one fails the attempt.</summary>
public sealed record Distractor(string Id, string Name, string Consequence, bool Critical, string Instrument, int Line, int Column);
