using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Simulator.Anatomy;

/// <summary>The pelvis's part meshes: each shape function polygonised by marching cubes, then decimated to its triangle budget.</summary>
internal static class PelvisMeshes
{
    /// <summary>The meshes from <paramref name="cache"/> when it holds this anatomy's, else built (and written to it).</summary>
    public static IReadOnlyList<Part> Load(PelvisShape shape, IReadOnlyDictionary<string, int> budget, MeshCache? cache)
    {
        var specs = Specs(shape);
        if (cache is null)
        {
            return Build(specs, budget);
        }

        var key = Key(specs, budget);
        if (cache.TryLoad(key, specs.Select(s => s.Name).ToArray()) is { } cached)
        {
            return cached;
        }

        var parts = Build(specs, budget);
        cache.Save(key, parts);
        return parts;
    }

    /// <summary>Builds the five parts in parallel (each is independent, so the result does not depend on the order they finish in).</summary>
    public static IReadOnlyList<Part> Build(PelvisShape shape, IReadOnlyDictionary<string, int> budget) => Build(Specs(shape), budget);

    /// <summary>
    /// What the meshes depend on, hashed (SHA-256): the cache's <see cref="MeshCache.FormatVersion"/>, each part's grid and budget,
    /// and the build of this assembly (its module version id, which a deterministic build changes with any change to the shape
    /// functions, marching cubes or the decimator).
    /// </summary>
    public static byte[] Key(IReadOnlyList<Spec> specs, IReadOnlyDictionary<string, int> budget)
    {
        var text = new StringBuilder()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"v{MeshCache.FormatVersion};{typeof(PelvisMeshes).Assembly.ManifestModule.ModuleVersionId}");
        foreach (var s in specs)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $";{s.Name},{s.Tissue},{s.Min},{s.Max},{s.Voxel:R},{budget[s.Name]}");
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>One part's polygonisation: its shape function, grid box and voxel size.</summary>
    internal sealed record Spec(string Name, Tissue Tissue, Func<Vector3, float> Shape, Vector3 Min, Vector3 Max, float Voxel);

    /// <summary>The five parts' grids.</summary>
    public static IReadOnlyList<Spec> Specs(PelvisShape shape) =>
    [
        // Grids: 2.5 mm voxels resolve the sacral foramina and canal, 3.5 mm the other bones, 13 mm the smooth skin envelope.
        new("sacrum", Tissue.Bone, shape.Sacrum, new Vector3(-60, -45, -145), new Vector3(60, 80, 25), 2.5f),
        new("l5", Tissue.Bone, shape.L5, new Vector3(-62, -90, -10), new Vector3(62, 65, 70), 3.5f),
        new("ilium-left", Tissue.Bone, shape.HipLeft, new Vector3(0, -100, -195), new Vector3(162, 85, 60), 3.5f),
        new("ilium-right", Tissue.Bone, shape.HipRight, new Vector3(-162, -100, -195), new Vector3(0, 85, 60), 3.5f),
        new("soft-tissue", Tissue.SoftTissue, PelvisShape.Envelope, new Vector3(-200, -140, -240), new Vector3(200, 150, 76), 13f),
    ];

    private static Part[] Build(IReadOnlyList<Spec> specs, IReadOnlyDictionary<string, int> budget)
    {
        var parts = new Part[specs.Count];
        Parallel.For(0, specs.Count, i =>
        {
            var s = specs[i];
            parts[i] = new Part(s.Name, s.Tissue, MeshDecimator.Decimate(MarchingCubes.Build(s.Shape, s.Min, s.Max, s.Voxel), s.Shape, budget[s.Name]));
        });
        return parts;
    }
}
