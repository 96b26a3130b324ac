using System.Numerics;

namespace Simulator.App.Scene;

/// <summary>A point as the exact bits of its coordinates: equal only when every coordinate is bit for bit the same (so 0 and −0 differ).</summary>
internal readonly record struct PointBits(int X, int Y, int Z)
{
    public static PointBits Of(Vector3 v) =>
        new(BitConverter.SingleToInt32Bits(v.X), BitConverter.SingleToInt32Bits(v.Y), BitConverter.SingleToInt32Bits(v.Z));

    /// <summary>The point itself.</summary>
    public Vector3 ToVector3() => new(BitConverter.Int32BitsToSingle(X), BitConverter.Int32BitsToSingle(Y), BitConverter.Int32BitsToSingle(Z));
}
