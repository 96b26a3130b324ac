namespace Simulator.Anatomy;

/// <summary>What a pin path (entry → tip) does in the model: how it relates to the nearest plan, whether it stays in bone, what it breaches.</summary>
/// <param name="Plan">The nearest planned implant trajectory on the same side.</param>
/// <param name="EntryOffsetMm">Distance from the entry point to the plan's entry.</param>
/// <param name="AngleDeg">Angle between the pin and the plan's axis.</param>
/// <param name="DepthMm">Length of the pin path.</param>
/// <param name="ForamenClearanceMm">Surface-to-surface clearance to the nearest S1/S2 foramen (negative: inside it).</param>
/// <param name="BonePathPercent">Share of the path beyond the outer table that lies in bone (the SI joint gap excluded).</param>
/// <param name="Breaches">Danger structures the path enters.</param>
public sealed record TrajectoryFindings(
    PlannedTrajectory Plan,
    double EntryOffsetMm,
    double AngleDeg,
    double DepthMm,
    double ForamenClearanceMm,
    double BonePathPercent,
    IReadOnlyList<DangerStructure> Breaches);
