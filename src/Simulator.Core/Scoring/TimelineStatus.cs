namespace Simulator.Core.Scoring;

/// <summary>How one row of the timeline lines the performed sequence up with the reference.</summary>
public enum TimelineStatus
{
    /// <summary>The performed event is the reference step expected there.</summary>
    Match,

    /// <summary>A different action was performed where the reference step was expected.</summary>
    Substituted,

    /// <summary>A reference step with no performed event.</summary>
    Missing,

    /// <summary>A performed event with no reference step (a distractor or a surplus repeat).</summary>
    Extra,

    /// <summary>One of two neighbouring reference steps performed in swapped order; a swap is always two rows.</summary>
    Swapped,
}
