using System.Numerics;

namespace Simulator.Anatomy.Tests;

/// <summary>The part meshes on disk: what is written is read back exactly, and a file that cannot be used costs a warning, never the start.</summary>
public class MeshCacheTests : IDisposable
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly string[] Names = { "a", "b" };
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-mesh-cache-").FullName;
    private readonly List<string> _warnings = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private MeshCache Cache(string? dir = null) => new(dir ?? _dir, _warnings.Add);

    private static IReadOnlyList<Part> Parts() => new[]
    {
        new Part("a", Tissue.Bone, new Mesh(
            new[] { Vector3.Zero, Vector3.UnitX, new Vector3(0.1f, 2.5f, -7.25f) },
            new[] { Vector3.UnitZ, Vector3.UnitZ, Vector3.Normalize(new Vector3(1, 1, 1)) },
            new uint[] { 0, 1, 2 })),
        new Part("b", Tissue.SoftTissue, new Mesh(
            new[] { Vector3.One, -Vector3.One, Vector3.UnitY, new Vector3(float.Epsilon, 1e9f, -0f) },
            new[] { Vector3.UnitY, Vector3.UnitY, Vector3.UnitY, Vector3.UnitX },
            new uint[] { 0, 1, 2, 2, 1, 3 })),
    };

    private static void AssertSame(IReadOnlyList<Part> expected, IReadOnlyList<Part> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Name, actual[i].Name);
            Assert.Equal(expected[i].Tissue, actual[i].Tissue);
            Assert.Equal(expected[i].Mesh.Positions, actual[i].Mesh.Positions);
            Assert.Equal(expected[i].Mesh.Normals, actual[i].Mesh.Normals);
            Assert.Equal(expected[i].Mesh.Indices, actual[i].Mesh.Indices);
        }
    }

    [Fact]
    public void What_is_saved_is_read_back_bit_for_bit_and_a_missing_file_is_no_warning()
    {
        var cache = Cache();
        Assert.Null(cache.TryLoad(Key, Names));

        cache.Save(Key, Parts());

        AssertSame(Parts(), cache.TryLoad(Key, Names)!);
        Assert.Empty(_warnings);
        Assert.Equal(new[] { cache.PathFor(Key) }, Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData(10, "is damaged (checksum mismatch)")] // a flipped byte in the header
    [InlineData(200, "is damaged (checksum mismatch)")] // in the vertices
    [InlineData(-1, "is damaged (checksum mismatch)")] // in the checksum
    public void A_damaged_file_is_one_warning_and_not_used(int offset, string problem)
    {
        var cache = Cache();
        cache.Save(Key, Parts());
        var bytes = File.ReadAllBytes(cache.PathFor(Key));
        bytes[offset < 0 ? bytes.Length + offset : offset] ^= 0x5A;
        File.WriteAllBytes(cache.PathFor(Key), bytes);

        Assert.Null(cache.TryLoad(Key, Names));

        var warning = Assert.Single(_warnings);
        Assert.Equal($"simulator: warning: the anatomy mesh cache {cache.PathFor(Key)} {problem}; building the meshes again", warning);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    public void A_truncated_or_foreign_file_is_one_warning_and_not_used(int length)
    {
        var cache = Cache();
        cache.Save(Key, Parts());
        var bytes = File.ReadAllBytes(cache.PathFor(Key));
        File.WriteAllBytes(cache.PathFor(Key), bytes[..Math.Min(length, bytes.Length)]);

        Assert.Null(cache.TryLoad(Key, Names));

        Assert.Contains(Assert.Single(_warnings), new[] { "is not a mesh cache file", "is damaged (checksum mismatch)" }.Select(p =>
            $"simulator: warning: the anatomy mesh cache {cache.PathFor(Key)} {p}; building the meshes again"));
    }

    [Fact]
    public void A_file_of_another_format_version_is_not_used()
    {
        var bytes = MeshCache.Encode(Key, Parts());
        bytes[8] = MeshCache.FormatVersion + 1; // the version follows the 8-byte magic
        var body = bytes[..^32];
        File.WriteAllBytes(Cache().PathFor(Key), [.. body, .. System.Security.Cryptography.SHA256.HashData(body)]);

        Assert.Null(Cache().TryLoad(Key, Names));

        Assert.Contains($"has format version {MeshCache.FormatVersion + 1}, not {MeshCache.FormatVersion}", Assert.Single(_warnings));
    }

    [Fact]
    public void A_file_of_another_anatomy_or_other_parts_is_not_used()
    {
        var other = Key.Reverse().ToArray();
        File.WriteAllBytes(Cache().PathFor(Key), MeshCache.Encode(other, Parts()));
        Assert.Null(Cache().TryLoad(Key, Names));
        Assert.Contains("was written for another anatomy", _warnings[^1]);

        Cache().Save(Key, Parts());
        Assert.Null(Cache().TryLoad(Key, new[] { "a", "c" }));
        Assert.Contains("does not hold the part c as expected", _warnings[^1]);
    }

    [Fact]
    public void An_index_past_the_vertices_is_not_used()
    {
        var parts = Parts().ToList();
        parts[0] = parts[0] with { Mesh = new Mesh(parts[0].Mesh.Positions, parts[0].Mesh.Normals, new uint[] { 0, 1, 3 }) };
        File.WriteAllBytes(Cache().PathFor(Key), MeshCache.Encode(Key, parts));

        Assert.Null(Cache().TryLoad(Key, Names));

        Assert.Contains("has an index out of range in the part a", Assert.Single(_warnings));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_one_warning_and_nothing_thrown()
    {
        var blocked = Path.Combine(_dir, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache folder should be");
        var cache = Cache(blocked);

        cache.Save(Key, Parts());
        Assert.Null(cache.TryLoad(Key, Names));

        var warning = Assert.Single(_warnings);
        Assert.StartsWith($"simulator: warning: cannot write the anatomy mesh cache {cache.PathFor(Key)} (", warning);
        Assert.EndsWith("); the next start builds the meshes again", warning);
        Assert.DoesNotContain('\n', warning);
    }

    [Fact]
    public void Files_of_older_anatomies_go_when_a_new_one_is_written_once_stale()
    {
        var stale = Path.Combine(_dir, "pelvis-meshes-0000000000000000.bin");
        var recent = Path.Combine(_dir, "pelvis-meshes-1111111111111111.bin");
        File.WriteAllText(stale, "old");
        File.WriteAllText(recent, "another version still in use");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - MeshCache.StaleAfter - TimeSpan.FromDays(1));

        Cache().Save(Key, Parts());

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public void The_pelvis_reads_its_meshes_from_the_cache_once_built_and_rebuilds_over_a_damaged_file()
    {
        var built = Pelvis.Create(Cache());
        Assert.False(built.MeshesBuilt);
        var parts = built.Parts;
        Assert.True(built.MeshesBuilt);
        var file = Assert.Single(Directory.GetFiles(_dir));

        AssertSame(parts, Pelvis.Create(Cache()).Parts);
        Assert.Equal(Pelvis.Build().Parts.Select(p => p.Mesh.TriangleCount), parts.Select(p => p.Mesh.TriangleCount));

        File.WriteAllBytes(file, File.ReadAllBytes(file)[..1000]);
        AssertSame(parts, Pelvis.Create(Cache()).Parts);
        Assert.Contains("is damaged", Assert.Single(_warnings));
        AssertSame(parts, Pelvis.Create(Cache()).Parts);
        Assert.Single(_warnings);
    }

    [Fact]
    public void The_cache_folder_follows_XDG_CACHE_HOME_else_the_home_folder()
    {
        Assert.Equal(Path.Combine("/x/cache", "si-joint-trainer"), MeshCache.DefaultDirectory("/x/cache", "/home/r"));
        Assert.Equal(Path.Combine("/home/r", ".cache", "si-joint-trainer"), MeshCache.DefaultDirectory("", "/home/r"));
        Assert.Equal(Path.Combine("/home/r", ".cache", "si-joint-trainer"), MeshCache.DefaultDirectory("relative/cache", "/home/r"));
        Assert.Null(MeshCache.DefaultDirectory(null, ""));
    }

    [Fact]
    public void Shape_landmarks_corridors_and_plans_never_build_the_meshes()
    {
        var pelvis = Pelvis.Create();

        Assert.NotEmpty(pelvis.Landmarks);
        Assert.NotEmpty(pelvis.Corridors);
        Assert.NotEmpty(pelvis.Dangers);
        Assert.NotEmpty(pelvis.PlannedImplants);
        Assert.Equal(2, pelvis.Joints.Count);
        Assert.Equal("sacrum", pelvis.StructureAt(pelvis.Corridor("s1-left").TargetMm));
        Assert.NotNull(pelvis.Pick(pelvis.Corridor("s1-left").EntryMm + 100 * Vector3.UnitX, -Vector3.UnitX));

        Assert.False(pelvis.MeshesBuilt);
    }
}
