using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>
/// Polygonises a signed distance function (negative inside) into a closed, consistently wound 2-manifold:
/// marching cubes without lookup tables, with the face ambiguity settled by the asymptotic decider.
/// </summary>
/// <remarks>
/// One vertex per sampled edge the surface crosses, shared by the four cells around that edge. In each
/// cell the surface's boundary on the six faces is traced as oriented segments (inside on the right, seen
/// from outside the cell) and chained into closed loops, and each loop is filled with triangles. A face is
/// decided from its four samples alone, so both cells that share it draw the same segments in opposite
/// directions: every edge has exactly two triangles, one per direction. The grid is padded with one layer
/// of "outside" samples, so a solid cut by the bounds is capped rather than left open. Vertices are moved
/// along their edge onto the surface, normals come from the gradient, triangles are counter-clockwise seen
/// from outside. See <c>MarchingCubesTests</c> for the guarantees.
/// </remarks>
public static class MarchingCubes
{
    // Edges whose crossing lands this close to a sample are pulled inward so no triangle collapses.
    private const float MinEdgeT = 0.01f;

    public static Mesh Build(Func<Vector3, float> sdf, Vector3 min, Vector3 max, float voxel)
    {
        var grid = SampledGrid.Sample(sdf, min, max, voxel);
        var settled = new (Vector3 Position, Vector3 Normal)[grid.VertexCount];
        Parallel.For(0, settled.Length, v => settled[v] = grid.SettleOnEdge(sdf, v, MinEdgeT));
        var positions = settled.Select(s => s.Position).ToList();
        var normals = settled.Select(s => s.Normal).ToList();

        var loops = new CellLoops(grid);
        var fill = new LoopFill(sdf, voxel, positions, normals);
        var indices = new List<uint>(positions.Count * 6);
        for (var k = 0; k < grid.Pz - 1; k++)
        {
            for (var j = 0; j < grid.Py - 1; j++)
            {
                for (var i = 0; i < grid.Px - 1; i++)
                {
                    foreach (var loop in loops.Trace(i, j, k))
                    {
                        fill.Triangulate(loop, indices);
                    }
                }
            }
        }

        return new Mesh(positions.ToArray(), normals.ToArray(), indices.ToArray());
    }
}
