namespace Simulator.Core.Scoring;

/// <summary>One measurement of one performed step occurrence against its target.</summary>
/// <param name="Step">Step id.</param>
/// <param name="Occurrence">Which performance of the step (1-based).</param>
/// <param name="Measurement">Target name.</param>
/// <param name="Value">The measured number, or null if the event lacks it (or carries a vector).</param>
/// <param name="Min">Target lower bound.</param>
/// <param name="Max">Target upper bound.</param>
/// <param name="Unit">Target unit.</param>
/// <param name="Within">True if Min ≤ Value ≤ Max.</param>
/// <param name="By">How far outside the range, in <paramref name="Unit"/> (0 if within or missing).</param>
/// <param name="Credit">Technique credit 0–1: 1 within; outside, max(0, 1 − By/width) × 0.5 (0 for a critical target); 0 missing.</param>
/// <remarks>Per occurrence, so the second of three implants can be faulted on its own.</remarks>
public sealed record TechniqueEntry(
    string Step,
    int Occurrence,
    string Measurement,
    double? Value,
    double Min,
    double Max,
    string Unit,
    bool Within,
    double By,
    double Credit)
{
    /// <summary>The target is a safety limit (<c>critical: true</c>): outside it the attempt fails.</summary>
    public bool Critical { get; init; }

    /// <summary>When the step occurrence was performed.</summary>
    public double AtSeconds { get; init; }
}
