namespace Simulator.Core.Scoring;

/// <summary>The five component scores, each 0–1.</summary>
/// <remarks>Kept on the result (not in JSON) so the debrief can show where the total came from.</remarks>
public sealed record ComponentScores(double Sequence, double Precedence, double Completeness, double Technique, double Economy)
{
    /// <summary>Share of the reference performed (Σ min(performed, expected) / Σ expected); scales precedence and economy.</summary>
    public double Coverage { get; init; }

    /// <summary>The component named as in the scenario's <c>weights</c>.</summary>
    public double this[string key] => key switch
    {
        "sequence" => Sequence,
        "precedence" => Precedence,
        "completeness" => Completeness,
        "technique" => Technique,
        "economy" => Economy,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown component"),
    };
}
