using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>How a surface is shaded: linear RGB colour with alpha, specular strength and shininess.</summary>
public readonly record struct Material(Vector4 Color, float Specular, float Shininess)
{
    public bool Transparent => Color.W < 1f;

    public static Material Bone { get; } = new(new Vector4(0.90f, 0.86f, 0.74f, 1f), 0.12f, 18f);
    public static Material SoftTissue { get; } = new(new Vector4(0.85f, 0.55f, 0.50f, 0.12f), 0.25f, 30f);
    public static Material Skin { get; } = new(new Vector4(0.93f, 0.74f, 0.62f, 0.18f), 0.2f, 24f);
    public static Material Metal { get; } = new(new Vector4(0.72f, 0.74f, 0.78f, 1f), 0.8f, 80f);
    public static Material Implant { get; } = new(new Vector4(0.45f, 0.55f, 0.75f, 1f), 0.6f, 60f);

    /// <summary>Danger structures: orange (not red alone), so they read for colour-blind users next to blue targets.</summary>
    public static Material Danger { get; } = new(new Vector4(1.0f, 0.55f, 0.05f, 0.55f), 0.1f, 10f);

    /// <summary>Target corridors and zones: blue.</summary>
    public static Material Target { get; } = new(new Vector4(0.15f, 0.45f, 1.0f, 0.45f), 0.1f, 10f);
}
