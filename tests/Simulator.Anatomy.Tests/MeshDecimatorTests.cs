using System.Numerics;

namespace Simulator.Anatomy.Tests;

public class MeshDecimatorTests
{
    private static float Sphere(Vector3 p) => p.Length() - 20f;

    private static float Torus(Vector3 p) => new Vector2(new Vector2(p.X, p.Y).Length() - 20f, p.Z).Length() - 6f;

    private static readonly Lazy<Mesh> FineSphere = new(() => MarchingCubes.Build(Sphere, new Vector3(-25), new Vector3(25), 1.25f));

    private static readonly Lazy<Mesh> FineTorus = new(() => MarchingCubes.Build(Torus, new Vector3(-28, -28, -8), new Vector3(28, 28, 8), 1.25f));

    // Euler characteristic V − E + F: 2 for a sphere, 0 for a torus.
    private static int Euler(Mesh mesh)
    {
        var topology = MeshTopology.Of(mesh);
        return mesh.Positions.Length - topology.Edges + topology.Triangles;
    }

    private static IEnumerable<(Vector3 A, Vector3 B, Vector3 C)> Triangles(Mesh mesh)
    {
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            yield return (mesh.Positions[mesh.Indices[t]], mesh.Positions[mesh.Indices[t + 1]], mesh.Positions[mesh.Indices[t + 2]]);
        }
    }

    /// <summary>The largest distance from the surface of a vertex, a triangle centroid or an edge midpoint.</summary>
    private static float MaxDeviation(Mesh mesh, Func<Vector3, float> sdf) =>
        Triangles(mesh).Max(t => new[] { t.A, (t.A + t.B + t.C) / 3, (t.A + t.B) / 2 }.Max(p => MathF.Abs(sdf(p))));

    private static void AssertFacesFollowTheSurface(Mesh mesh, Func<Vector3, float> sdf)
    {
        foreach (var (a, b, c) in Triangles(mesh))
        {
            var face = Vector3.Normalize(Vector3.Cross(b - a, c - a));
            var gradient = Sdf.Gradient(sdf, (a + b + c) / 3, 0.01f);
            Assert.True(Vector3.Dot(face, gradient) > 0.5f, $"triangle at {(a + b + c) / 3} faces {face}, the surface {gradient}");
        }

        for (var v = 0; v < mesh.Positions.Length; v++)
        {
            Assert.InRange(mesh.Normals[v].Length(), 0.999f, 1.001f);
            Assert.True(Vector3.Dot(mesh.Normals[v], Sdf.Gradient(sdf, mesh.Positions[v], 0.01f)) > 0.999f, $"normal at {mesh.Positions[v]}");
        }
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(1000)]
    [InlineData(300)]
    public void A_sphere_decimated_to_a_target_stays_a_closed_sphere_on_the_surface(int target)
    {
        var input = FineSphere.Value;
        var mesh = MeshDecimator.Decimate(input, Sphere, target, maxErrorMm: 1f);

        var topology = MeshTopology.Of(mesh);
        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(2, Euler(mesh));
        Assert.InRange(mesh.TriangleCount, target * 0.95, target * 1.05);
        Assert.True(input.TriangleCount > 3 * target, $"only {input.TriangleCount} triangles to start with");
        Assert.All(mesh.Positions, p => Assert.InRange(Sphere(p), -0.02f, 0.02f));
        Assert.True(MaxDeviation(mesh, Sphere) <= 1f);
        AssertFacesFollowTheSurface(mesh, Sphere);
    }

    [Theory]
    [InlineData(0.05f)]
    [InlineData(0.2f)]
    public void No_collapse_takes_the_surface_further_than_the_error_bound(float bound)
    {
        var mesh = MeshDecimator.Decimate(FineSphere.Value, Sphere, targetTriangles: 0, maxErrorMm: bound);

        // Nothing stops it but the bound: the coarser the bound, the fewer triangles.
        Assert.True(MaxDeviation(mesh, Sphere) <= bound, $"{MaxDeviation(mesh, Sphere)} mm");
        Assert.True(MeshTopology.Of(mesh).IsClosedManifold);
        var looser = MeshDecimator.Decimate(FineSphere.Value, Sphere, targetTriangles: 0, maxErrorMm: bound * 4);
        Assert.True(looser.TriangleCount < mesh.TriangleCount * 0.7, $"{looser.TriangleCount} at {bound * 4} mm, {mesh.TriangleCount} at {bound} mm");
        Assert.True(MaxDeviation(looser, Sphere) <= bound * 4);
    }

    [Fact]
    public void A_torus_keeps_its_hole()
    {
        var input = FineTorus.Value;
        Assert.Equal(0, Euler(input));

        var mesh = MeshDecimator.Decimate(input, Torus, 800, maxErrorMm: 0.5f);

        var topology = MeshTopology.Of(mesh);
        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(0, Euler(mesh));
        Assert.InRange(mesh.TriangleCount, 760, 840);
        Assert.True(MaxDeviation(mesh, Torus) <= 0.5f);
        AssertFacesFollowTheSurface(mesh, Torus);
        // The hole is still open: the axis of the torus is outside the mesh.
        Assert.True(mesh.Positions.All(p => new Vector2(p.X, p.Y).Length() > 13.5f));
    }

    [Fact]
    public void Decimating_as_far_as_it_goes_never_closes_the_hole_or_breaks_the_surface()
    {
        // No target and no bound: only the link condition and the geometric checks stop it.
        var mesh = MeshDecimator.Decimate(FineTorus.Value, Torus, targetTriangles: 0);

        var topology = MeshTopology.Of(mesh);
        Assert.True(topology.IsClosedManifold, topology.ToString());
        Assert.Equal(0, Euler(mesh));
        Assert.True(mesh.TriangleCount < 200, $"{mesh.TriangleCount} triangles left");
        Assert.All(Triangles(mesh), t =>
            Assert.True(Vector3.Dot(Vector3.Cross(t.B - t.A, t.C - t.A), Sdf.Gradient(Torus, (t.A + t.B + t.C) / 3, 0.01f)) > 0, "a triangle turned over"));
    }

    [Fact]
    public void The_same_mesh_always_decimates_to_the_same_mesh()
    {
        var first = MeshDecimator.Decimate(FineTorus.Value, Torus, 500);
        var second = MeshDecimator.Decimate(FineTorus.Value, Torus, 500);
        var plain = MeshDecimator.Decimate(FineTorus.Value, 500);

        Assert.Equal(first.Positions, second.Positions);
        Assert.Equal(first.Normals, second.Normals);
        Assert.Equal(first.Indices, second.Indices);
        Assert.Equal(plain.Indices, MeshDecimator.Decimate(FineTorus.Value, 500).Indices);
    }

    [Fact]
    public void Without_a_shape_function_the_quadrics_keep_the_shape_and_normals_are_area_weighted()
    {
        var mesh = MeshDecimator.Decimate(FineSphere.Value, 600);

        Assert.True(MeshTopology.Of(mesh).IsClosedManifold);
        Assert.Equal(2, Euler(mesh));
        Assert.InRange(mesh.TriangleCount, 570, 630);
        Assert.All(mesh.Positions, p => Assert.InRange(p.Length(), 19.98f, 20.25f));
        for (var v = 0; v < mesh.Positions.Length; v++)
        {
            Assert.InRange(mesh.Normals[v].Length(), 0.999f, 1.001f);
            Assert.True(Vector3.Dot(mesh.Normals[v], Vector3.Normalize(mesh.Positions[v])) > 0.98f);
        }

        Assert.All(Triangles(mesh), t => Assert.True(Vector3.Dot(Vector3.Cross(t.B - t.A, t.C - t.A), t.A + t.B + t.C) > 0));

        // The bound is then the RMS distance to the merged planes: a tight one keeps many more triangles.
        Assert.True(MeshDecimator.Decimate(FineSphere.Value, 600, maxErrorMm: 0.002f).TriangleCount > 2 * mesh.TriangleCount);
    }

    [Fact]
    public void An_open_boundary_stays_exactly_where_it_was()
    {
        // The upper half of the sphere: a disc whose rim must not move.
        var sphere = FineSphere.Value;
        var kept = Enumerable.Range(0, sphere.TriangleCount)
            .Where(t => Enumerable.Range(0, 3).All(k => sphere.Positions[sphere.Indices[3 * t + k]].Z > 0.5f))
            .SelectMany(t => Enumerable.Range(0, 3).Select(k => sphere.Indices[3 * t + k]))
            .ToArray();
        var dome = new Mesh(sphere.Positions, sphere.Normals, kept);
        var rim = OpenEdgeEnds(dome);

        var mesh = MeshDecimator.Decimate(dome, 300);

        var topology = MeshTopology.Of(mesh);
        Assert.Equal((0, 0, 0), (topology.OverusedEdges, topology.RepeatedDirectedEdges, topology.DegenerateTriangles));
        Assert.Equal(MeshTopology.Of(dome).OpenEdges, topology.OpenEdges);
        Assert.True(rim.SetEquals(OpenEdgeEnds(mesh)), "the rim moved");
        Assert.True(mesh.TriangleCount < dome.TriangleCount / 2, $"{mesh.TriangleCount} of {dome.TriangleCount}");
    }

    private static HashSet<Vector3> OpenEdgeEnds(Mesh mesh)
    {
        var uses = new Dictionary<(uint, uint), int>();
        for (var t = 0; t < mesh.Indices.Length; t += 3)
        {
            for (var k = 0; k < 3; k++)
            {
                var (a, b) = (mesh.Indices[t + k], mesh.Indices[t + (k + 1) % 3]);
                var key = a < b ? (a, b) : (b, a);
                uses[key] = uses.GetValueOrDefault(key) + 1;
            }
        }

        return uses.Where(u => u.Value == 1).SelectMany(u => new[] { mesh.Positions[u.Key.Item1], mesh.Positions[u.Key.Item2] }).ToHashSet();
    }

    [Fact]
    public void A_target_above_the_triangle_count_leaves_the_surface_as_it_is()
    {
        var input = MarchingCubes.Build(Sphere, new Vector3(-25), new Vector3(25), 5f);
        var mesh = MeshDecimator.Decimate(input, Sphere, input.TriangleCount + 10);

        Assert.Equal(input.Positions, mesh.Positions);
        Assert.Equal(input.Indices, mesh.Indices);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var mesh = FineSphere.Value;
        Assert.Throws<ArgumentOutOfRangeException>(() => MeshDecimator.Decimate(mesh, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeshDecimator.Decimate(mesh, 10, maxErrorMm: 0f));
        Assert.Throws<ArgumentNullException>(() => MeshDecimator.Decimate(mesh, null!, 10));
    }
}
