namespace Simulator.Core.Scenarios;

/// <summary>A plausible wrong action; performing it is an extra, and a critical one fails the attempt.</summary>
/// <remarks><see cref="Action"/> is the 3D interaction that commits the mistake (see <see cref="StepActions"/>), or "".</remarks>
public sealed record Distractor(string Id, string Name, string Consequence, bool Critical, string Instrument, int Line, int Column, string Action = "");
