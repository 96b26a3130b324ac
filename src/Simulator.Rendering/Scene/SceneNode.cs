using System.Numerics;

namespace Simulator.Rendering.Scene;

/// <summary>One drawable: a mesh (owned by the renderer), its material, its placement and visibility.</summary>
/// <remarks>Changing a node between frames costs nothing on the GPU: only uniforms are set per draw.</remarks>
public sealed class SceneNode
{
    internal SceneNode(string name, MeshBuffers mesh, Material material)
    {
        Name = name;
        Mesh = mesh;
        Material = material;
    }

    public string Name { get; }

    internal MeshBuffers Mesh { get; }

    public Material Material { get; set; }

    public Matrix4x4 Model { get; set; } = Matrix4x4.Identity;

    public bool Visible { get; set; } = true;

    /// <summary>Draw order among transparent nodes (lower first); opaque nodes ignore it.</summary>
    public int Layer { get; set; }

    /// <summary>Drawn after everything else without depth testing: highlights inside bone stay visible (x-ray style).</summary>
    public bool Overlay { get; set; }

    /// <summary>Seen only by the C-arm (<see cref="FluoroRenderer"/>), not drawn in 3D: bone removed or put back under the surface.</summary>
    public bool XrayOnly { get; set; }

    /// <summary>X-ray density relative to bone (1); negative removes material (a drilled tunnel); 0 is invisible to the C-arm.</summary>
    public float Density { get; set; }

    internal void DrawMesh() => Mesh.Draw();

    /// <summary>Squared distance from the eye this frame (set by the renderer to draw opaque nodes front to back).</summary>
    internal float SortKey { get; set; }

    public int TriangleCount => Mesh.TriangleCount;
}
