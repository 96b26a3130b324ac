using System.Numerics;

namespace Simulator.Anatomy.Tests;

public class MarchingCubesTests
{
    private static float Sphere(Vector3 p) => p.Length() - 20f;

    private static float Torus(Vector3 p) => new Vector2(new Vector2(p.X, p.Y).Length() - 20f, p.Z).Length() - 6f;

    // Euler characteristic V − E + F: 2 for a sphere, 0 for a torus.
    private static int Euler(Mesh mesh, MeshTopology topology) => mesh.Positions.Length - topology.Edges + topology.Triangles;

    [Theory]
    [InlineData(2.5f)]
    [InlineData(3.5f)]
    [InlineData(7f)]
    public void A_sphere_is_a_closed_sphere_on_the_surface_with_radial_normals_and_outward_faces(float voxel)
    {
        var mesh = MarchingCubes.Build(Sphere, new Vector3(-30), new Vector3(31), voxel);
        var topology = MeshTopology.Of(mesh);

        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(2, Euler(mesh, topology));
        // On the surface, but never closer than 1 % of a voxel to a sample (where a sample lies on the sphere).
        Assert.All(mesh.Positions, p => Assert.InRange(p.Length(), 20f - 0.0101f * voxel, 20f + 0.002f));
        Assert.All(Enumerable.Range(0, mesh.Positions.Length), v =>
            Assert.True(Vector3.Dot(mesh.Normals[v], Vector3.Normalize(mesh.Positions[v])) > 0.999f));
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            var (a, b, c) = (mesh.Positions[mesh.Indices[t]], mesh.Positions[mesh.Indices[t + 1]], mesh.Positions[mesh.Indices[t + 2]]);
            Assert.True(Vector3.Dot(Vector3.Cross(b - a, c - a), a + b + c) > 0, $"triangle {t / 3} faces inward");
        }
    }

    [Fact]
    public void A_torus_is_closed_with_one_handle()
    {
        var mesh = MarchingCubes.Build(Torus, new Vector3(-30, -30, -10), new Vector3(30, 30, 10), 2.5f);
        var topology = MeshTopology.Of(mesh);

        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(0, Euler(mesh, topology));
    }

    [Fact]
    public void A_solid_cut_by_the_bounds_is_capped_there()
    {
        // The sphere reaches 10 mm past the lower x, y and z bounds.
        var mesh = MarchingCubes.Build(Sphere, new Vector3(-10), new Vector3(25), 2.5f);
        var topology = MeshTopology.Of(mesh);

        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(2, Euler(mesh, topology));
        Assert.All(mesh.Positions, p => Assert.True(Vector3.Min(p, new Vector3(-10.03f)) == new Vector3(-10.03f), p.ToString()));
        Assert.Contains(mesh.Normals, n => n == -Vector3.UnitX);
        Assert.Contains(mesh.Normals, n => n == -Vector3.UnitZ);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_fields_with_every_cell_and_face_case_give_closed_manifolds(int seed)
    {
        // Trilinear interpolation of random lattice values: every corner sign pattern and both
        // resolutions of every ambiguous face occur, many times over.
        var random = new Random(seed);
        const int n = 14;
        var lattice = new float[n + 1, n + 1, n + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= n; j++)
            {
                for (var k = 0; k <= n; k++)
                {
                    lattice[i, j, k] = (float)(random.NextDouble() * 2 - 1);
                }
            }
        }

        float Field(Vector3 p)
        {
            var q = Vector3.Clamp(p, Vector3.Zero, new Vector3(n - 1e-3f));
            var (i, j, k) = ((int)q.X, (int)q.Y, (int)q.Z);
            var f = q - new Vector3(i, j, k);
            float Lerp(float a, float b, float t) => a + (b - a) * t;
            float Edge(int dj, int dk) => Lerp(lattice[i, j + dj, k + dk], lattice[i + 1, j + dj, k + dk], f.X);
            return Lerp(Lerp(Edge(0, 0), Edge(1, 0), f.Y), Lerp(Edge(0, 1), Edge(1, 1), f.Y), f.Z);
        }

        var mesh = MarchingCubes.Build(Field, Vector3.Zero, new Vector3(n), 1f);
        var topology = MeshTopology.Of(mesh);

        Assert.True(mesh.TriangleCount > 2000, $"{mesh.TriangleCount} triangles");
        Assert.True(topology.IsClosedManifold, topology.ToString());
    }
}
