namespace Simulator.Core.Engine;

/// <summary>What a <see cref="IGeometryJudge"/> derived: measurements (replacing same-named raw values) and breaches (critical errors).</summary>
/// <param name="Measurements">Derived measurements by name, e.g. <c>depth_mm</c>, <c>angle_to_plan_deg</c>.</param>
/// <param name="Breaches">One plain-language sentence per danger structure the instrument entered.</param>
public sealed record GeometryFindings(IReadOnlyDictionary<string, double> Measurements, IReadOnlyList<string> Breaches)
{
    public static GeometryFindings None { get; } = new(new Dictionary<string, double>(), Array.Empty<string>());
}
