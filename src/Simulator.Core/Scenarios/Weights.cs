namespace Simulator.Core.Scenarios;

/// <summary>Relative weights of the score components; the total is their weighted mean × 100.</summary>
/// <remarks>Defaults favour doing every step (completeness) and doing them in order; see docs/scoring.md.</remarks>
public sealed record Weights(double Sequence, double Precedence, double Completeness, double Technique, double Economy)
{
    public static Weights Default { get; } = new(Sequence: 25, Precedence: 15, Completeness: 30, Technique: 20, Economy: 10);

    public static IReadOnlyList<string> Keys { get; } = new[] { "sequence", "precedence", "completeness", "technique", "economy" };

    public double Sum => Sequence + Precedence + Completeness + Technique + Economy;

    public double this[string key] => key switch
    {
        "sequence" => Sequence,
        "precedence" => Precedence,
        "completeness" => Completeness,
        "technique" => Technique,
        "economy" => Economy,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown weight"),
    };
}
