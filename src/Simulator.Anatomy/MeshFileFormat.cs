namespace Simulator.Anatomy;

/// <summary>A mesh file format that 3D Slicer, Blender and MeshLab open: Wavefront OBJ or ASCII STL.</summary>
public enum MeshFileFormat
{
    /// <summary>Wavefront OBJ: one <c>o</c> object per part with shared vertices and per-vertex normals.</summary>
    Obj,

    /// <summary>ASCII STL: one <c>solid</c> block per part, each facet with its own three vertices and face normal.</summary>
    Stl,
}
