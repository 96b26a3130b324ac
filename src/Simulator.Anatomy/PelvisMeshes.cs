using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>The pelvis's part meshes: each shape function polygonised by marching cubes, then decimated to its triangle budget.</summary>
internal static class PelvisMeshes
{
    /// <summary>Builds the five parts in parallel (each is independent, so the result does not depend on the order they finish in).</summary>
    public static IReadOnlyList<Part> Build(PelvisShape shape, IReadOnlyDictionary<string, int> budget)
    {
        // Grids: 2.5 mm voxels resolve the sacral foramina and canal, 3.5 mm the other bones, 13 mm the smooth skin envelope.
        var specs = new (string Name, Tissue Tissue, Func<Vector3, float> Shape, Vector3 Min, Vector3 Max, float Voxel)[]
        {
            ("sacrum", Tissue.Bone, shape.Sacrum, new Vector3(-60, -45, -145), new Vector3(60, 80, 25), 2.5f),
            ("l5", Tissue.Bone, shape.L5, new Vector3(-62, -90, -10), new Vector3(62, 65, 70), 3.5f),
            ("ilium-left", Tissue.Bone, shape.HipLeft, new Vector3(0, -100, -195), new Vector3(162, 85, 60), 3.5f),
            ("ilium-right", Tissue.Bone, shape.HipRight, new Vector3(-162, -100, -195), new Vector3(0, 85, 60), 3.5f),
            ("soft-tissue", Tissue.SoftTissue, PelvisShape.Envelope, new Vector3(-200, -140, -240), new Vector3(200, 150, 76), 13f),
        };
        var parts = new Part[specs.Length];
        Parallel.For(0, specs.Length, i =>
        {
            var (name, tissue, sdf, min, max, voxel) = specs[i];
            parts[i] = new Part(name, tissue, MeshDecimator.Decimate(MarchingCubes.Build(sdf, min, max, voxel), sdf, budget[name]));
        });
        return parts;
    }
}
