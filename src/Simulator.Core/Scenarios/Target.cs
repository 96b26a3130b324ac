using System.Globalization;
using System.Runtime.CompilerServices;

namespace Simulator.Core.Scenarios;

/// <summary>A technique measurement a step is judged on: a value expected within [Min, Max] in <see cref="Unit"/>.</summary>
/// <param name="Name">The measurement name, as in the attempt event's <c>with</c>.</param>
/// <param name="Min">Lowest acceptable value (−∞ for no lower bound).</param>
/// <param name="Max">Highest acceptable value (+∞ for no upper bound).</param>
/// <param name="Unit">Unit of the bounds and the value.</param>
/// <param name="Critical">A safety limit: a value outside it (or none) fails the attempt and earns no technique credit.</param>
public sealed record Target(string Name, double Min, double Max, string Unit, bool Critical = false)
{
    /// <summary>Each target's <see cref="RangeText"/>, kept beside it rather than in it so that it takes no part in a target's equality.</summary>
    private static readonly ConditionalWeakTable<Target, string> RangeTexts = new();

    /// <summary>1-based line of the target's name in its file (0 when built in code).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the target's name in its file (0 when built in code).</summary>
    public int Column { get; init; }

    /// <summary>The middle of the range; for a one-sided range, its bound.</summary>
    public double Centre => (double.IsFinite(Min), double.IsFinite(Max)) switch
    {
        (true, true) => (Min + Max) / 2,
        (true, false) => Min,
        (false, true) => Max,
        _ => 0,
    };

    public double Width => Max - Min;

    /// <summary>The range as people read it: "40–50 mm", "≥ 5 mm", "≤ 10 deg", or "any value".</summary>
    /// <remarks>Written once per target (a target never changes; <c>with</c> makes a new one): every check of every event shows it.</remarks>
    public string RangeText => RangeTexts.GetValue(this, static t => Range(t.Min, t.Max, t.Unit));

    /// <summary>What is wrong with <paramref name="value"/> (outside the range), e.g. "56 mm outside 40–50 mm" or "3.7 mm below the minimum 5 mm".</summary>
    public string OutsideText(double value)
    {
        var v = $"{Number(value)} {Unit}".TrimEnd();
        return (double.IsFinite(Min), double.IsFinite(Max)) switch
        {
            (true, true) => $"{v} outside {RangeText}",
            (true, false) => $"{v} below the minimum {$"{Number(Min)} {Unit}".TrimEnd()}",
            (false, true) => $"{v} above the maximum {$"{Number(Max)} {Unit}".TrimEnd()}",
            _ => v,
        };
    }

    /// <summary>A value with the target's unit, as people read it: "10.2 mm", "25 deg".</summary>
    public string ValueText(double value) => $"{Number(value)} {Unit}".TrimEnd();

    /// <summary>A range "min–max unit", with an infinite bound written as ≥ or ≤.</summary>
    public static string Range(double min, double max, string unit)
    {
        var text = (double.IsFinite(min), double.IsFinite(max)) switch
        {
            (true, true) => $"{Number(min)}–{Number(max)} {unit}",
            (true, false) => $"≥ {Number(min)} {unit}",
            (false, true) => $"≤ {Number(max)} {unit}",
            _ => "any value",
        };
        return text.TrimEnd();
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
