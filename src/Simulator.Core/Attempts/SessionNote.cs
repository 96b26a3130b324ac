namespace Simulator.Core.Attempts;

/// <summary>A moment of a session that is not a step: kept in the session log and shown in the debrief, never scored.</summary>
/// <param name="Note">What happened, e.g. <see cref="PlanShown"/>.</param>
/// <param name="At">Seconds on the session clock.</param>
/// <param name="Message">The same in words, for the log reader.</param>
public sealed record SessionNote(string Note, double At, string Message)
{
    /// <summary>Guided mode: the trainee showed the plan (target corridors and danger structures) as a hint.</summary>
    public const string PlanShown = "plan-shown";

    /// <summary>The scenario file was edited and reloaded during the session (live reload for educators).</summary>
    public const string ScenarioReloaded = "scenario-reloaded";
}
