using System.Numerics;

namespace Simulator.Anatomy.Tests;

public class MeshTopologyTests
{
    private static readonly Vector3[] Corners = { new(0, 0, 0), new(10, 0, 0), new(0, 10, 0), new(0, 0, 10) };

    // A tetrahedron, each face counter-clockwise seen from outside.
    private static readonly uint[] Tetrahedron = { 0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3 };

    [Fact]
    public void A_tetrahedron_is_closed()
    {
        var topology = MeshTopology.Of(Tetrahedron, Corners);
        Assert.Equal(new MeshTopology(4, 6, 0, 0, 0, 0), topology);
        Assert.True(topology.IsClosedManifold);
    }

    [Fact]
    public void A_missing_face_leaves_three_open_edges()
    {
        var topology = MeshTopology.Of(Tetrahedron[..9], Corners);
        Assert.Equal(3, topology.OpenEdges);
        Assert.False(topology.IsClosedManifold);
    }

    [Fact]
    public void A_flipped_face_repeats_its_three_directed_edges()
    {
        var flipped = (uint[])Tetrahedron.Clone();
        (flipped[10], flipped[11]) = (flipped[11], flipped[10]);
        var topology = MeshTopology.Of(flipped, Corners);
        Assert.Equal((0, 0, 3), (topology.OpenEdges, topology.OverusedEdges, topology.RepeatedDirectedEdges));
        Assert.False(topology.IsClosedManifold);
    }

    [Fact]
    public void A_fin_on_an_edge_overuses_it_and_a_flat_triangle_is_degenerate()
    {
        var positions = Corners.Append(new Vector3(5, 5, 0)).Append(new Vector3(-5, -5, -5)).ToArray();
        var fin = Tetrahedron.Concat(new uint[] { 0, 1, 5, 1, 0, 5 }).ToArray();
        Assert.Equal(1, MeshTopology.Of(fin, positions).OverusedEdges);

        // Vertex 4 lies on the edge 1–2, so 1, 4, 2 has no area.
        var flat = Tetrahedron.Concat(new uint[] { 1, 4, 2, 2, 4, 1 }).ToArray();
        Assert.Equal(2, MeshTopology.Of(flat, positions).DegenerateTriangles);
    }
}
