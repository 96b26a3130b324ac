using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Simulator.Anatomy;

namespace Simulator.Tests.Cli;

public class AnatomyExportTests : IDisposable
{
    private static readonly string[] PartNames = { "sacrum", "l5", "ilium-left", "ilium-right", "soft-tissue" };
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-export-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private sealed record ParsedPart(List<Vector3> Positions, List<uint> Indices, List<Vector3> FacetNormals);

    private static Mesh MeshOf(string part) => Pelvis.Build().Parts.Single(p => p.Name == part).Mesh;

    private static float F(string text) => float.Parse(text, CultureInfo.InvariantCulture);

    // OBJ: `o` starts a part; `v`, `vn` and `f v//vn` use 1-based indices counted across the whole file.
    private static Dictionary<string, ParsedPart> ParseObj(string path)
    {
        var parts = new Dictionary<string, ParsedPart>();
        ParsedPart? current = null;
        var first = 1;
        var normals = 0;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (f.FirstOrDefault())
            {
                case "o":
                    first += current?.Positions.Count ?? 0;
                    current = parts[f[1]] = new ParsedPart(new(), new(), new());
                    break;
                case "v":
                    current!.Positions.Add(new Vector3(F(f[1]), F(f[2]), F(f[3])));
                    break;
                case "vn":
                    normals++;
                    break;
                case "f":
                    Assert.Equal(4, f.Length);
                    foreach (var corner in f.Skip(1))
                    {
                        var refs = corner.Split("//");
                        Assert.Equal(refs[0], refs[1]);
                        current!.Indices.Add((uint)(int.Parse(refs[0], CultureInfo.InvariantCulture) - first));
                    }

                    break;
            }
        }

        Assert.Equal(parts.Values.Sum(p => p.Positions.Count), normals);
        return parts;
    }

    // ASCII STL: `solid NAME` … `endsolid NAME`; each facet lists its own vertices, welded back here by exact coordinates.
    private static Dictionary<string, ParsedPart> ParseStl(string path)
    {
        var parts = new Dictionary<string, ParsedPart>();
        ParsedPart? current = null;
        Dictionary<Vector3, uint> weld = new();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (f.FirstOrDefault())
            {
                case "solid":
                    current = parts[f[1]] = new ParsedPart(new(), new(), new());
                    weld = new Dictionary<Vector3, uint>();
                    break;
                case "facet":
                    current!.FacetNormals.Add(new Vector3(F(f[2]), F(f[3]), F(f[4])));
                    break;
                case "vertex":
                    var p = new Vector3(F(f[1]), F(f[2]), F(f[3]));
                    if (!weld.TryGetValue(p, out var index))
                    {
                        index = weld[p] = (uint)current!.Positions.Count;
                        current.Positions.Add(p);
                    }

                    current!.Indices.Add(index);
                    break;
                case "endsolid":
                    Assert.Equal(current!, parts[f[1]]);
                    break;
            }
        }

        return parts;
    }

    [Fact]
    public void Obj_export_has_one_closed_object_per_part_with_the_mesh_vertices_in_patient_mm()
    {
        var path = Path.Combine(_temp, "pelvis.obj");
        var result = CliRunner.Run("anatomy", "--export", path);

        Assert.Equal((0, path, ""), (result.ExitCode, result.Out.Trim(), result.Error));
        Assert.False(File.Exists(path + ".tmp"));
        Assert.StartsWith("# SI-joint fusion simulator pelvis. Units: mm. Axes: LPS", File.ReadLines(path).First());
        var parts = ParseObj(path);
        Assert.Equal(PartNames, parts.Keys);
        foreach (var (name, part) in parts)
        {
            var mesh = MeshOf(name);
            var topology = MeshTopology.Of(part.Indices, part.Positions);
            Assert.True(topology.IsClosedManifold, $"{name}: {topology}");
            Assert.Equal(mesh.Positions.Length, part.Positions.Count);
            Assert.Equal(mesh.TriangleCount, topology.Triangles);
            Assert.Equal(mesh.Positions, part.Positions);
        }
    }

    [Fact]
    public void Stl_export_has_one_closed_solid_per_part_with_outward_facet_normals()
    {
        var path = Path.Combine(_temp, "pelvis.STL");
        var result = CliRunner.Run("anatomy", "--export", path);

        Assert.Equal(0, result.ExitCode);
        var parts = ParseStl(path);
        Assert.Equal(PartNames, parts.Keys);
        foreach (var (name, part) in parts)
        {
            var mesh = MeshOf(name);
            var topology = MeshTopology.Of(part.Indices, part.Positions);
            Assert.True(topology.IsClosedManifold, $"{name}: {topology}");
            Assert.Equal(mesh.Positions.Length, part.Positions.Count);
            Assert.Equal(mesh.TriangleCount, part.FacetNormals.Count);
            for (var t = 0; t < part.FacetNormals.Count; t++)
            {
                var (a, b, c) = (part.Positions[(int)part.Indices[3 * t]], part.Positions[(int)part.Indices[3 * t + 1]], part.Positions[(int)part.Indices[3 * t + 2]]);
                Assert.True(Vector3.Dot(part.FacetNormals[t], Vector3.Normalize(Vector3.Cross(b - a, c - a))) > 0.999f, $"{name} facet {t}");
            }
        }
    }

    [Fact]
    public void Json_and_export_together_print_the_json_and_write_the_file()
    {
        var path = Path.Combine(_temp, "pelvis.obj");
        var result = CliRunner.Run("anatomy", "--json", "--export", path);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("LPS", doc.RootElement.GetProperty("coordinate_system").GetProperty("name").GetString());
        Assert.Equal(PartNames, ParseObj(path).Keys);
    }

    [Theory]
    [InlineData("pelvis.ply")]
    [InlineData("pelvis")]
    [InlineData("pelvis.obj.txt")]
    public void Another_extension_is_a_one_line_usage_error(string name)
    {
        var path = Path.Combine(_temp, name);
        var result = CliRunner.Run("anatomy", "--export", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"simulator: --export takes a .obj or .stl file (got '{path}')", result.Error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void A_missing_directory_is_one_line_naming_the_file()
    {
        var path = Path.Combine(_temp, "no-such-dir", "pelvis.obj");
        var result = CliRunner.Run("anatomy", "--export", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"simulator: error: {path}: cannot write", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_full_disk_is_one_line_and_leaves_the_previous_export_whole()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only: /dev/full fails every write with ENOSPC, a real full disk for one file
        }

        var path = Path.Combine(_temp, "pelvis.stl");
        File.WriteAllText(path, "solid previous\nendsolid previous\n");
        File.CreateSymbolicLink(path + ".tmp", "/dev/full");
        var result = CliRunner.Run("anatomy", "--export", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"simulator: error: {path}: cannot write", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("solid previous\nendsolid previous\n", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".tmp"));
    }
}
