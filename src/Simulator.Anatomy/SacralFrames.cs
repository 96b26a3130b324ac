using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The curved sacral axis: frames along the sacrum from the S1 endplate (s = 0) down to the coccyx.</summary>
/// <remarks>
/// Sacral slope 40°: the S1 endplate normal points superior and anterior. <c>s</c> runs down the sacrum
/// in millimetres; the axis bends anteriorly (sacral kyphosis) by <see cref="Curvature"/>·s².
/// Frame axes: X = patient left, Y = down the sacrum, Z = anterior (out of the sacrum's front face).
/// </remarks>
public static class SacralFrames
{
    public const float SacralSlopeDeg = 40f;
    public const float Curvature = 0.0022f;

    private static readonly float Slope = SacralSlopeDeg * MathF.PI / 180f;

    /// <summary>Unit vector down the sacrum at S1 (posterior-inferior).</summary>
    public static Vector3 Down { get; } = new(0, MathF.Sin(Slope), -MathF.Cos(Slope));

    /// <summary>Unit vector out of the front of S1 (anterior-inferior).</summary>
    public static Vector3 Front { get; } = new(0, -MathF.Cos(Slope), -MathF.Sin(Slope));

    /// <summary>The S1 superior endplate normal (superior-anterior).</summary>
    public static Vector3 EndplateNormal => -Down;

    public static Frame At(float s)
    {
        var centre = Down * s + Front * (Curvature * s * s);
        var tangent = Vector3.Normalize(Down + Front * (2 * Curvature * s));
        var front = Vector3.Normalize(Front - Down * (2 * Curvature * s));
        return new Frame(centre, Vector3.UnitX, tangent, front);
    }

    /// <summary>A point given in the frame at <paramref name="s"/> (x left, y further down, z anterior).</summary>
    public static Vector3 Point(float s, float x, float y, float z) => At(s).ToWorld(new Vector3(x, y, z));
}
