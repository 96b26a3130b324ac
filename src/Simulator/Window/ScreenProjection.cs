using System.Numerics;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>Projects patient-space points into a viewport, to tell what a click is aimed at in screen pixels.</summary>
public static class ScreenProjection
{
    /// <summary>The pixel (origin top-left of the viewport) of <paramref name="world"/>, or null behind the camera.</summary>
    public static Vector2? Project(OrbitCamera camera, Vector3 world, float width, float height)
    {
        var clip = Vector4.Transform(new Vector4(world, 1), camera.View * camera.Projection(width / Math.Max(1, height)));
        if (clip.W <= 1e-3f)
        {
            return null;
        }

        return new Vector2((clip.X / clip.W * 0.5f + 0.5f) * width, (0.5f - clip.Y / clip.W * 0.5f) * height);
    }

    /// <summary>Distance in pixels from <paramref name="pixel"/> to the segment <paramref name="a"/>–<paramref name="b"/> as drawn; infinity if it is behind the camera.</summary>
    public static float DistanceToSegment(OrbitCamera camera, Vector2 pixel, Vector3 a, Vector3 b, float width, float height)
    {
        if (Project(camera, a, width, height) is not { } pa || Project(camera, b, width, height) is not { } pb)
        {
            return float.PositiveInfinity;
        }

        var ab = pb - pa;
        var t = ab.LengthSquared() < 1e-6f ? 0 : Math.Clamp(Vector2.Dot(pixel - pa, ab) / ab.LengthSquared(), 0, 1);
        return Vector2.Distance(pixel, pa + ab * t);
    }
}
