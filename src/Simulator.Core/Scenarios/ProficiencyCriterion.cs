using System.Globalization;

namespace Simulator.Core.Scenarios;

/// <summary>
/// When a trainee is proficient on a scenario (<c>proficiency: {consecutive: K, min_total: N}</c>): K assessment attempts in a row
/// that each pass with no critical error and a total of at least N. Guided practice neither counts nor breaks the run.
/// </summary>
/// <param name="Consecutive">K: clean assessment passes needed in a row (at least 1; default 3).</param>
/// <param name="MinTotal">N: the total each of them needs (0–100), or null for the pass mark alone.</param>
public sealed record ProficiencyCriterion(int Consecutive = ProficiencyCriterion.DefaultConsecutive, double? MinTotal = null)
{
    /// <summary>Consecutive clean assessment passes that make a trainee proficient when the scenario does not say.</summary>
    public const int DefaultConsecutive = 3;

    /// <summary>Three assessment passes in a row with no critical error, at the pass mark.</summary>
    public static ProficiencyCriterion Default { get; } = new();

    /// <summary>Whether an attempt counts towards the run: an assessment pass, with no critical error, at or above <see cref="MinTotal"/>.</summary>
    public bool Counts(string mode, double total, bool passed, int criticalErrors) =>
        mode == "assessment" && passed && criticalErrors == 0 && (MinTotal is not { } n || total >= n);

    /// <summary>The criterion in words: "3 assessment passes in a row with no critical error" (", each scoring at least 80" with a bar).</summary>
    public string Describe() =>
        $"{Consecutive} assessment pass{(Consecutive == 1 ? "" : "es")} in a row with no critical error"
        + (MinTotal is { } n ? $", each scoring at least {n.ToString("0.##", CultureInfo.InvariantCulture)}" : "");
}
