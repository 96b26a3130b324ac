using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The first surface a ray meets: which structure, where, its outward normal and the distance along the ray.</summary>
public sealed record RayHit(string Structure, Vector3 Point, Vector3 Normal, float Distance);
