namespace Simulator.Core.Scoring;

/// <summary>One row of the aligned timeline: a reference step and/or a performed event, and how they relate.</summary>
/// <param name="Status">How the two sides line up.</param>
/// <param name="PerformedId">The performed step or distractor id, or null for a missing step.</param>
/// <param name="PerformedName">Its name in the scenario, or null.</param>
/// <param name="ReferenceId">The reference step id expected here, or null for an extra.</param>
/// <param name="ReferenceName">Its name in the scenario, or null.</param>
/// <param name="AtSeconds">When the performed event happened, or null for a missing step.</param>
/// <param name="Seconds">Time since the previous performed event, or null for a missing step.</param>
/// <remarks>
/// Built once by the scorer from the one OSA alignment the sequence deductions also use, so the text
/// debrief, the HTML report and the window cannot disagree about what happened.
/// </remarks>
public sealed record TimelineRow(
    TimelineStatus Status,
    string? PerformedId,
    string? PerformedName,
    string? ReferenceId,
    string? ReferenceName,
    double? AtSeconds,
    double? Seconds)
{
    /// <summary>A symbol and a word for the status, in plain ASCII, so the mark reads without colour and on any terminal.</summary>
    public string Mark => Status switch
    {
        TimelineStatus.Match => "= ok",
        TimelineStatus.Substituted => "x WRONG",
        TimelineStatus.Missing => "- MISSING",
        TimelineStatus.Extra => "+ EXTRA",
        _ => "~ SWAPPED",
    };

    /// <summary>False only for a match.</summary>
    public bool IsMistake => Status != TimelineStatus.Match;
}
