namespace Simulator.Anatomy;

/// <summary>A closed loop of crossing vertices around one grid cell, counter-clockwise seen from outside the solid.</summary>
/// <param name="Vertices">Vertex indices in loop order.</param>
/// <param name="SpansAmbiguousFace">
/// The loop holds both segments of a face with four crossings: a diagonal between them could also be drawn
/// by the neighbouring cell, so the loop must be filled around a new centre vertex instead.
/// </param>
internal readonly record struct CellLoop(int[] Vertices, bool SpansAmbiguousFace);

/// <summary>Traces where the surface cuts the six faces of a cell and chains the cuts into closed loops.</summary>
/// <remarks>
/// On each face, walking its corners counter-clockwise seen from outside the cell, an edge from inside to
/// outside is an exit and one from outside to inside an entry; a segment runs from an entry to an exit, so
/// the inside is on its right. With four crossings (two inside corners on a diagonal) the asymptotic decider
/// says whether the inside corners join across the face saddle: they do when the product of the inside
/// values exceeds the product of the outside ones (the bilinear interpolant is negative at its saddle).
/// </remarks>
internal sealed class CellLoops
{
    private static readonly int[][] FaceCorners = BuildFaces();
    private static readonly int[,] EdgeOfCorners = BuildEdgeIds();

    private readonly SampledGrid _grid;
    private readonly int[] _next = new int[12];
    private readonly int[] _vertexOfEdge = new int[12];
    private readonly List<int[]> _ambiguousFaces = new();

    public CellLoops(SampledGrid grid)
    {
        _grid = grid;
    }

    /// <summary>The loops of cell (i, j, k), whose lowest corner is padded sample (i, j, k); none when the surface misses it.</summary>
    public IReadOnlyList<CellLoop> Trace(int i, int j, int k)
    {
        Span<float> value = stackalloc float[8];
        var insideMask = 0;
        for (var c = 0; c < 8; c++)
        {
            value[c] = _grid.Values[_grid.Index(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))];
            insideMask |= value[c] < 0 ? 1 << c : 0;
        }

        if (insideMask is 0 or 255)
        {
            return Array.Empty<CellLoop>();
        }

        Array.Fill(_next, -1);
        _ambiguousFaces.Clear();
        Span<int> crossing = stackalloc int[4];
        Span<bool> exit = stackalloc bool[4];
        foreach (var face in FaceCorners)
        {
            var count = 0;
            for (var e = 0; e < 4; e++)
            {
                var (a, b) = (face[e], face[(e + 1) % 4]);
                var aInside = (insideMask >> a & 1) == 1;
                if (aInside != ((insideMask >> b & 1) == 1))
                {
                    crossing[count] = EdgeOfCorners[a, b];
                    exit[count] = aInside;
                    count++;
                }
            }

            if (count == 2)
            {
                var entry = exit[0] ? 1 : 0;
                _next[crossing[entry]] = crossing[1 - entry];
            }
            else if (count == 4)
            {
                // The inside corners are face[0], face[2] or face[1], face[3]; crossings alternate entry / exit.
                var insideFirst = (insideMask >> face[0] & 1) == 1;
                var insideProduct = insideFirst ? value[face[0]] * value[face[2]] : value[face[1]] * value[face[3]];
                var outsideProduct = insideFirst ? value[face[1]] * value[face[3]] : value[face[0]] * value[face[2]];
                var joined = insideProduct > outsideProduct;
                for (var e = 0; e < 4; e++)
                {
                    if (!exit[e])
                    {
                        _next[crossing[e]] = crossing[(e + (joined ? 3 : 1)) % 4];
                    }
                }

                _ambiguousFaces.Add(crossing.ToArray());
            }
        }

        for (var edge = 0; edge < 12; edge++)
        {
            _vertexOfEdge[edge] = _next[edge] < 0 ? -1 : VertexOf(i, j, k, edge);
        }

        var loops = new List<CellLoop>(1);
        Span<bool> used = stackalloc bool[12];
        for (var start = 0; start < 12; start++)
        {
            if (_next[start] < 0 || used[start])
            {
                continue;
            }

            var edges = new List<int>(6);
            for (var edge = start; !used[edge]; edge = _next[edge])
            {
                used[edge] = true;
                edges.Add(edge);
                if (_next[edge] < 0)
                {
                    throw new InvalidOperationException($"open loop in cell ({i}, {j}, {k})");
                }
            }

            if (_next[edges[^1]] != start)
            {
                throw new InvalidOperationException($"crossing loops in cell ({i}, {j}, {k})");
            }

            var spans = _ambiguousFaces.Any(face => face.All(edges.Contains));
            loops.Add(new CellLoop(edges.Select(e => _vertexOfEdge[e]).ToArray(), spans));
        }

        return loops;
    }

    private int VertexOf(int i, int j, int k, int edge)
    {
        var axis = edge / 4;
        var u = (axis + 1) % 3;
        var v = (axis + 2) % 3;
        Span<int> at = stackalloc int[] { i, j, k };
        at[u] += edge & 1;
        at[v] += (edge >> 1) & 1;
        var vertex = _grid.EdgeVertex[axis][_grid.Index(at[0], at[1], at[2])];
        return vertex >= 0 ? vertex : throw new InvalidOperationException($"no vertex on a crossed edge of cell ({i}, {j}, {k})");
    }

    // Corner c of a cell sits at offset (c & 1, c >> 1 & 1, c >> 2 & 1). Each face lists its corners
    // counter-clockwise seen from outside the cell.
    private static int[][] BuildFaces()
    {
        var faces = new List<int[]>();
        for (var axis = 0; axis < 3; axis++)
        {
            var (u, v) = ((axis + 1) % 3, (axis + 2) % 3);
            foreach (var side in new[] { 0, 1 })
            {
                var b = side << axis;
                // u, v, axis is right-handed, so this order turns counter-clockwise about +axis.
                var corners = new[] { b, b | 1 << u, b | 1 << u | 1 << v, b | 1 << v };
                faces.Add(side == 1 ? corners : corners.Reverse().ToArray());
            }
        }

        return faces.ToArray();
    }

    // Edge id: axis * 4 + (lower corner's bit along the next axis) + 2 * (its bit along the one after).
    private static int[,] BuildEdgeIds()
    {
        var ids = new int[8, 8];
        for (var a = 0; a < 8; a++)
        {
            for (var axis = 0; axis < 3; axis++)
            {
                var b = a ^ (1 << axis);
                var low = Math.Min(a, b);
                ids[a, b] = axis * 4 + ((low >> ((axis + 1) % 3)) & 1) + 2 * ((low >> ((axis + 2) % 3)) & 1);
            }
        }

        return ids;
    }
}
