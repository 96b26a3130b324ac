namespace Simulator.Core.Scoring;

/// <summary>The <c>kind</c> values of a critical error.</summary>
/// <remarks>Fixed strings because external graders and debrief tooling match on them.</remarks>
public static class CriticalErrorKinds
{
    /// <summary>A <c>critical: true</c> required step performed fewer times than expected.</summary>
    public const string CriticalStepOmitted = "critical_step_omitted";

    /// <summary>A critical distractor was performed.</summary>
    public const string CriticalDistractor = "critical_distractor";

    /// <summary>Assessment mode: a step performed before its <c>requires</c> were met.</summary>
    public const string Precondition = "precondition";

    /// <summary>An instrument entered a danger structure (a nerve root, a foramen, the canal, an artery, out through the cortex).</summary>
    public const string Breach = "breach";

    /// <summary>A measurement outside a <c>critical: true</c> target, or not measured, on a performed step.</summary>
    public const string CriticalTarget = "critical_target";
}
