namespace Simulator.Core.Attempts;

/// <summary>The first line of a session log: which scenario, who, which mode, when.</summary>
public sealed record SessionLogHeader(string Scenario, string Trainee, Mode Mode, DateTimeOffset Started, string ScenarioFile);
