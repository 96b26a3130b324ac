using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>How the edges of a triangle list are shared: the checks that make a mesh a closed, consistently wound 2-manifold.</summary>
/// <remarks>
/// A closed surface bounds a solid: every edge has exactly two triangles, which traverse it in opposite
/// directions, and no triangle is degenerate. The fluoroscopy pass sums ±depth over front and back faces
/// and so measures thickness only on closed meshes; an open or flipped edge shows as a pin-hole under
/// back-face culling. Exported meshes (OBJ, STL) are checked the same way.
/// </remarks>
public sealed record MeshTopology(int Triangles, int Edges, int OpenEdges, int OverusedEdges, int RepeatedDirectedEdges, int DegenerateTriangles)
{
    /// <summary>Smallest triangle area (mm²) that counts as a real triangle.</summary>
    public const float MinAreaMm2 = 1e-6f;

    /// <summary>Every edge shared by exactly two triangles, each direction once, and no degenerate triangle.</summary>
    public bool IsClosedManifold => OpenEdges == 0 && OverusedEdges == 0 && RepeatedDirectedEdges == 0 && DegenerateTriangles == 0;

    public static MeshTopology Of(Mesh mesh) => Of(mesh.Indices, mesh.Positions);

    /// <summary>Counts edge uses of <paramref name="indices"/> (three per triangle) over <paramref name="positions"/>.</summary>
    public static MeshTopology Of(IReadOnlyList<uint> indices, IReadOnlyList<Vector3> positions)
    {
        if (indices.Count % 3 != 0)
        {
            throw new ArgumentException("index count is not a multiple of 3", nameof(indices));
        }

        var uses = new Dictionary<ulong, int>();
        var directed = new HashSet<ulong>();
        var repeated = 0;
        var degenerate = 0;
        for (var t = 0; t < indices.Count; t += 3)
        {
            var (a, b, c) = (indices[t], indices[t + 1], indices[t + 2]);
            var area = Vector3.Cross(positions[(int)b] - positions[(int)a], positions[(int)c] - positions[(int)a]).Length() / 2;
            if (a == b || b == c || c == a || !(area >= MinAreaMm2))
            {
                degenerate++;
            }

            foreach (var (from, to) in new[] { (a, b), (b, c), (c, a) })
            {
                if (!directed.Add(((ulong)from << 32) | to))
                {
                    repeated++;
                }

                var key = from < to ? ((ulong)from << 32) | to : ((ulong)to << 32) | from;
                uses[key] = uses.GetValueOrDefault(key) + 1;
            }
        }

        return new MeshTopology(
            indices.Count / 3,
            uses.Count,
            uses.Values.Count(n => n == 1),
            uses.Values.Count(n => n > 2),
            repeated,
            degenerate);
    }
}
