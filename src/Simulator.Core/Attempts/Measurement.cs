using System.Globalization;

namespace Simulator.Core.Attempts;

/// <summary>A measured value carried by an event's <c>with</c>: a number, or a vector such as <c>[x, y, z]</c> in mm.</summary>
public sealed record Measurement(double? Number, IReadOnlyList<double>? Vector)
{
    /// <summary>
    /// The largest magnitude a measured number may have (mm, degrees, counts; 1 km in mm). Files are rejected beyond it, so geometry
    /// derived from coordinates (squares, lengths) stays finite.
    /// </summary>
    public const double MaxMagnitude = 1_000_000;

    public static bool InRange(double value) => Math.Abs(value) <= MaxMagnitude;

    public static Measurement Of(double value) => new(value, null);

    public static Measurement Of(IReadOnlyList<double> vector) => new(null, vector);

    public override string ToString() => Number is { } n
        ? n.ToString("0.###", CultureInfo.InvariantCulture)
        : "[" + string.Join(", ", Vector!.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture))) + "]";
}
