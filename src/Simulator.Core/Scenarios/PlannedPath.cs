namespace Simulator.Core.Scenarios;

/// <summary>
/// A planned pin (and implant) path the scenario declares under <c>plan:</c>. It is given either by naming an anatomy corridor, or
/// by an entry and a target, each a landmark name or a point <c>[x, y, z]</c> in the anatomy's coordinates (mm, LPS).
/// </summary>
/// <remarks>
/// The target is where the guide pin's tip belongs. The anatomy turns the declaration into a planned trajectory (where it crosses
/// the joint, the implant size from the scenario's implant lengths) and the judge measures pins against it.
/// </remarks>
public sealed record PlannedPath(string Id, int Line, int Column)
{
    public string Name { get; init; } = "";

    /// <summary>An anatomy corridor (e.g. <c>s1-left</c>), or "" when entry and target are given.</summary>
    public string Corridor { get; init; } = "";

    public PlanPoint? Entry { get; init; }

    public PlanPoint? Target { get; init; }

    /// <summary>Radius of the safe corridor around the path, mm (null: the corridor's own).</summary>
    public double? RadiusMm { get; init; }

    /// <summary>The planned implant size, mm (null: chosen from the scenario's implant lengths).</summary>
    public int? ImplantLengthMm { get; init; }
}

/// <summary>A point of a plan: a landmark by name, or coordinates (mm, LPS). <see cref="Line"/>/<see cref="Column"/> locate it.</summary>
public sealed record PlanPoint(string? Landmark, IReadOnlyList<double>? Point, int Line, int Column);
