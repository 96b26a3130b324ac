namespace Simulator.Core.Scenarios;

/// <summary>The keys the scenario loader accepts at each level; the JSON schema is tested against these.</summary>
public static class ScenarioKeys
{
    public static IReadOnlyList<string> TopLevel { get; } = new[]
    {
        "id", "title", "procedure", "version", "description", "pass_mark", "weights", "max_shots", "steps", "distractors",
        "instruments", "plan", "proficiency",
    };

    public static IReadOnlyList<string> Proficiency { get; } = new[] { "consecutive", "min_total" };

    public static IReadOnlyList<string> Instrument { get; } = new[] { "id", "name", "kind", "diameter_mm", "lengths_mm" };

    public static IReadOnlyList<string> PlannedPath { get; } = new[] { "id", "name", "corridor", "entry", "target", "radius_mm", "implant_length_mm" };

    public static IReadOnlyList<string> Step { get; } = new[]
    {
        "id", "name", "instruction", "rationale", "instrument", "phase", "after", "requires", "repeat",
        "optional", "critical", "targets", "feedback", "action", "view", "site",
    };

    public static IReadOnlyList<string> Group { get; } = new[] { "group", "name", "repeat", "after", "steps" };

    public static IReadOnlyList<string> Target { get; } = new[] { "min", "max", "unit", "critical" };

    public static IReadOnlyList<string> Distractor { get; } = new[] { "id", "name", "consequence", "critical", "instrument", "action" };

    public static IReadOnlyList<string> Weights => Scenarios.Weights.Keys;

    public static IReadOnlyList<string> Feedback => FeedbackKinds.All;

    public static IReadOnlyList<string> AttemptTopLevel { get; } = new[] { "scenario", "trainee", "mode", "events" };

    public static IReadOnlyList<string> Event { get; } = new[] { "do", "at", "with", "redo" };
}
