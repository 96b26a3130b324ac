using System.Globalization;
using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Writes part meshes as OBJ or ASCII STL in patient millimetres (LPS, the coordinates of <c>anatomy --json</c>).</summary>
/// <remarks>
/// Coordinates are written unchanged and in full (shortest round-trip) precision, so a reader gets exactly
/// the mesh the trainer draws: closed, counter-clockwise seen from outside. Viewers differ in the units
/// and axes they assume; the OBJ header comment states ours for the person opening the file, with the
/// <c>SPACE=LPS</c> tag 3D Slicer reads (LPS is also what Slicer assumes for a mesh file without one).
/// </remarks>
public static class MeshExport
{
    private const string Header = "SI-joint fusion simulator pelvis. Units: mm. Axes: LPS (+x patient left, +y posterior, +z superior); origin: centre of the S1 superior endplate. SPACE=LPS";

    /// <summary>The format named by <paramref name="path"/>'s extension (<c>.obj</c> or <c>.stl</c>, any case), or null.</summary>
    public static MeshFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".obj" => MeshFileFormat.Obj,
        ".stl" => MeshFileFormat.Stl,
        _ => null,
    };

    public static void Write(IEnumerable<Part> parts, MeshFileFormat format, TextWriter output)
    {
        if (format == MeshFileFormat.Obj)
        {
            WriteObj(parts, output);
        }
        else
        {
            WriteStl(parts, output);
        }
    }

    /// <summary>One object per part (<c>o sacrum</c> …) with <c>v</c>, <c>vn</c> and <c>f v//vn</c> lines; indices count on across objects.</summary>
    public static void WriteObj(IEnumerable<Part> parts, TextWriter output)
    {
        output.Write($"# {Header}\n");
        var first = 1;
        foreach (var part in parts)
        {
            var mesh = part.Mesh;
            output.Write($"o {part.Name}\n");
            foreach (var p in mesh.Positions)
            {
                output.Write($"v {F(p.X)} {F(p.Y)} {F(p.Z)}\n");
            }

            foreach (var n in mesh.Normals)
            {
                output.Write($"vn {F(n.X)} {F(n.Y)} {F(n.Z)}\n");
            }

            for (var t = 0; t < mesh.Indices.Length; t += 3)
            {
                var (a, b, c) = (first + mesh.Indices[t], first + mesh.Indices[t + 1], first + mesh.Indices[t + 2]);
                output.Write($"f {a}//{a} {b}//{b} {c}//{c}\n");
            }

            first += mesh.Positions.Length;
        }
    }

    /// <summary>One <c>solid &lt;part&gt;</c> … <c>endsolid &lt;part&gt;</c> block per part; facet normals point out of the solid.</summary>
    public static void WriteStl(IEnumerable<Part> parts, TextWriter output)
    {
        foreach (var part in parts)
        {
            var mesh = part.Mesh;
            output.Write($"solid {part.Name}\n");
            for (var t = 0; t < mesh.Indices.Length; t += 3)
            {
                var (a, b, c) = (mesh.Positions[mesh.Indices[t]], mesh.Positions[mesh.Indices[t + 1]], mesh.Positions[mesh.Indices[t + 2]]);
                var n = Vector3.Normalize(Vector3.Cross(b - a, c - a));
                output.Write($"  facet normal {F(n.X)} {F(n.Y)} {F(n.Z)}\n    outer loop\n");
                output.Write($"      vertex {F(a.X)} {F(a.Y)} {F(a.Z)}\n      vertex {F(b.X)} {F(b.Y)} {F(b.Z)}\n      vertex {F(c.X)} {F(c.Y)} {F(c.Z)}\n");
                output.Write("    endloop\n  endfacet\n");
            }

            output.Write($"endsolid {part.Name}\n");
        }
    }

    private static string F(float value) => value.ToString(CultureInfo.InvariantCulture);
}
