using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A named point of the model in patient millimetres (LPS, origin at the centre of the S1 superior endplate).</summary>
public sealed record Landmark(string Name, Vector3 PointMm, string Description);
