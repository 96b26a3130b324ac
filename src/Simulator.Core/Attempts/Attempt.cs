namespace Simulator.Core.Attempts;

/// <summary>A recorded or scripted attempt at a scenario.</summary>
public sealed class Attempt
{
    public required string ScenarioId { get; init; }
    public string Trainee { get; init; } = "";
    public Mode Mode { get; init; } = Mode.Assessment;
    public required IReadOnlyList<AttemptEvent> Events { get; init; }
    public string SourcePath { get; init; } = "";

    /// <summary>Notes of a recorded session (hints taken), in order; never scored. Empty for scripts.</summary>
    public IReadOnlyList<SessionNote> Notes { get; init; } = Array.Empty<SessionNote>();
}
