using System.Numerics;

namespace Simulator.App.Scene;

/// <summary>
/// A rectangle on the outer table of the ilium, lying in the plane through <see cref="Centre"/> with normal <see cref="Normal"/>:
/// the planned iliac window of the open approach, or the window the trainee outlined.
/// </summary>
/// <remarks>
/// Window coordinates are millimetres from the centre: <c>along</c> runs up the joint (<see cref="Along"/>, superior), <c>across</c>
/// runs over it (<see cref="Across"/>, forward and outward on the outer table). <see cref="LengthMm"/> is the extent along the
/// joint and <see cref="WidthMm"/> the extent across it.
/// </remarks>
public sealed record IliacWindow(Vector3 Centre, Vector3 Normal, Vector3 Along, Vector3 Across, float LengthMm, float WidthMm)
{
    /// <summary>The point of the window's plane at window coordinates (<paramref name="along"/>, <paramref name="across"/>), mm.</summary>
    public Vector3 At(float along, float across) => Centre + Along * along + Across * across;

    /// <summary>Window coordinates (along, across) of <paramref name="p"/> projected onto the window's plane.</summary>
    public Vector2 Coordinates(Vector3 p) => new(Vector3.Dot(p - Centre, Along), Vector3.Dot(p - Centre, Across));

    /// <summary>True if <paramref name="p"/>, projected onto the plane, lies inside the rectangle (with <paramref name="marginMm"/> to spare outside it).</summary>
    public bool Contains(Vector3 p, float marginMm = 0f)
    {
        var c = Coordinates(p);
        return MathF.Abs(c.X) <= LengthMm / 2 + marginMm && MathF.Abs(c.Y) <= WidthMm / 2 + marginMm;
    }

    /// <summary>The four corners, in order around the rectangle.</summary>
    public Vector3[] Corners() => new[]
    {
        At(-LengthMm / 2, -WidthMm / 2), At(LengthMm / 2, -WidthMm / 2), At(LengthMm / 2, WidthMm / 2), At(-LengthMm / 2, WidthMm / 2),
    };

    /// <summary>
    /// The rectangle outlined by dragging from <paramref name="a"/> to <paramref name="b"/> (diagonal corners, on or near the outer table),
    /// in the plane and with the axes of <paramref name="plan"/>.
    /// </summary>
    public static IliacWindow Outlined(IliacWindow plan, Vector3 a, Vector3 b)
    {
        var ca = plan.Coordinates(a);
        var cb = plan.Coordinates(b);
        var mid = (ca + cb) / 2;
        return plan with
        {
            Centre = plan.At(mid.X, mid.Y),
            LengthMm = MathF.Abs(ca.X - cb.X),
            WidthMm = MathF.Abs(ca.Y - cb.Y),
        };
    }
}
