namespace Simulator.Core.Attempts;

/// <summary>A recorded or scripted attempt at a scenario.</summary>
public sealed class Attempt
{
    public required string ScenarioId { get; init; }
    public string Trainee { get; init; } = "";
    public Mode Mode { get; init; } = Mode.Assessment;
    public required IReadOnlyList<AttemptEvent> Events { get; init; }
    public string SourcePath { get; init; } = "";
}
