using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>An orthonormal frame (origin and axes) for placing shapes: local = (dot(p−o, X), dot(p−o, Y), dot(p−o, Z)).</summary>
public readonly record struct Frame(Vector3 Origin, Vector3 X, Vector3 Y, Vector3 Z)
{
    public Vector3 ToLocal(Vector3 p)
    {
        var d = p - Origin;
        return new Vector3(Vector3.Dot(d, X), Vector3.Dot(d, Y), Vector3.Dot(d, Z));
    }

    public Vector3 ToWorld(Vector3 local) => Origin + X * local.X + Y * local.Y + Z * local.Z;

    public Frame At(Vector3 local) => this with { Origin = ToWorld(local) };
}
