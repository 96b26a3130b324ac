namespace Simulator.Core.Scoring;

/// <summary>The <c>component</c> values of a deduction.</summary>
/// <remarks>The first five match the scenario's <c>weights</c> keys; <see cref="Critical"/> marks zero-point entries that explain a failure.</remarks>
public static class DeductionComponents
{
    public const string Sequence = "sequence";
    public const string Precedence = "precedence";
    public const string Completeness = "completeness";
    public const string Technique = "technique";
    public const string Economy = "economy";
    public const string Critical = "critical";
}
