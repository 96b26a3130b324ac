namespace Simulator.Core.Scoring;

/// <summary>One operation of an optimal string alignment between a performed and a reference sequence.</summary>
/// <remarks>
/// Named from the trainee's point of view (performed → reference) so that each kind maps directly
/// onto a debrief sentence: a substitution is "x performed where y was expected", a deletion is an
/// extra action, an insertion is a missing one.
/// </remarks>
public enum EditKind
{
    /// <summary>Performed and reference symbols agree; costs nothing.</summary>
    Match,

    /// <summary>A performed symbol stands where a different reference symbol was expected.</summary>
    Substitute,

    /// <summary>A performed symbol with no counterpart in the reference (an extra).</summary>
    Delete,

    /// <summary>A reference symbol with no counterpart in the performed sequence (missing).</summary>
    Insert,

    /// <summary>Two adjacent reference symbols were performed in swapped order.</summary>
    Transpose,
}
