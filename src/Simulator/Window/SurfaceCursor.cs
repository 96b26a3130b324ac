using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Window;

/// <summary>The keyboard's point of action (the "+"): a point on the bone (guide pin) or the skin (scalpel), walked over the surface.</summary>
/// <remarks>
/// It is placed by picking (the screen centre, or a click) and moved millimetre by millimetre in the
/// screen plane, each step picked onto the surface again along the line of sight; it never starts on the
/// plan. A step that would leave the surface (off the edge of the bone) is refused.
/// </remarks>
public sealed class SurfaceCursor
{
    /// <summary>Farthest a walked point may land from where the step aimed (a larger jump means it fell off an edge onto another surface).</summary>
    private const float MaxJumpMm = 12f;

    public Vector3? Point { get; private set; }

    /// <summary>True for a point on the skin (scalpel), false on bone (guide pin).</summary>
    public bool OnSkin { get; private set; }

    /// <summary>Places the point where the ray meets the bone, or the skin with <paramref name="skin"/>; false (and unchanged) on a miss.</summary>
    public bool Place(Pelvis pelvis, Vector3 origin, Vector3 direction, bool skin)
    {
        if (pelvis.Pick(origin, direction, includeSoftTissue: skin) is not { } hit)
        {
            return false;
        }

        Set(hit.Point, skin);
        return true;
    }

    public void Set(Vector3 point, bool skin)
    {
        Point = point;
        OnSkin = skin;
    }

    public void Clear() => Point = null;

    /// <summary>
    /// Moves <paramref name="from"/> by (<paramref name="rightMm"/>, <paramref name="upMm"/>) in the screen plane of a viewer at
    /// <paramref name="eye"/> and picks the surface again along the line of sight; null when that leaves the surface.
    /// </summary>
    public static Vector3? Walk(Pelvis pelvis, Vector3 from, bool skin, Vector3 eye, Vector3 right, Vector3 up, float rightMm, float upMm)
    {
        var aim = from + right * rightMm + up * upMm;
        var direction = aim - eye;
        if (direction.LengthSquared() < 1e-6f || pelvis.Pick(eye, direction, includeSoftTissue: skin) is not { } hit)
        {
            return null;
        }

        return Vector3.Distance(hit.Point, aim) <= MaxJumpMm ? hit.Point : null;
    }
}
