using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>A signed distance function sampled on a regular grid, padded by one layer of "outside" samples.</summary>
/// <remarks>
/// The padding makes every solid end inside the grid, so the polygonised surface is closed even where a
/// shape reaches past the requested bounds (it is capped one hundredth of a voxel beyond them).
/// </remarks>
internal sealed class SampledGrid
{
    private readonly List<(int Axis, int Index)> _vertexEdges = new();

    private SampledGrid(Vector3 origin, float voxel, int px, int py, int pz)
    {
        Origin = origin;
        Voxel = voxel;
        (Px, Py, Pz) = (px, py, pz);
        Values = new float[px * py * pz];
    }

    /// <summary>Position of padded sample (0, 0, 0): one voxel below the requested minimum.</summary>
    public Vector3 Origin { get; }

    public float Voxel { get; }

    public int Px { get; }

    public int Py { get; }

    public int Pz { get; }

    public float[] Values { get; }

    public static SampledGrid Sample(Func<Vector3, float> sdf, Vector3 min, Vector3 max, float voxel)
    {
        var nx = (int)MathF.Ceiling((max.X - min.X) / voxel) + 1;
        var ny = (int)MathF.Ceiling((max.Y - min.Y) / voxel) + 1;
        var nz = (int)MathF.Ceiling((max.Z - min.Z) / voxel) + 1;
        var grid = new SampledGrid(min - new Vector3(voxel), voxel, nx + 2, ny + 2, nz + 2);
        Array.Fill(grid.Values, voxel);
        Parallel.For(1, nz + 1, k =>
        {
            for (var j = 1; j <= ny; j++)
            {
                for (var i = 1; i <= nx; i++)
                {
                    grid.Values[grid.Index(i, j, k)] = sdf(grid.At(i, j, k));
                }
            }
        });
        grid.EdgeVertex = grid.NumberCrossings();
        return grid;
    }

    public int Index(int i, int j, int k) => i + Px * (j + Py * k);

    public Vector3 At(int i, int j, int k) => Origin + new Vector3(i, j, k) * Voxel;

    private bool Inside(int index) => Values[index] < 0;

    /// <summary>Step between neighbouring samples along <paramref name="axis"/> (0 x, 1 y, 2 z) in the flat index.</summary>
    private int Stride(int axis) => axis switch { 0 => 1, 1 => Px, _ => Px * Py };

    /// <summary>Number of grid edges the surface crosses: one vertex each, numbered 0 … VertexCount − 1.</summary>
    public int VertexCount => _vertexEdges.Count;

    /// <summary>Per axis (0 x, 1 y, 2 z), the vertex on the edge that starts at each sample; −1 where the edge is not crossed.</summary>
    public int[][] EdgeVertex { get; private set; } = Array.Empty<int[]>();

    private int[][] NumberCrossings()
    {
        var edgeVertex = new int[3][];
        for (var axis = 0; axis < 3; axis++)
        {
            edgeVertex[axis] = new int[Values.Length];
            Array.Fill(edgeVertex[axis], -1);
        }

        for (var k = 0; k < Pz; k++)
        {
            for (var j = 0; j < Py; j++)
            {
                for (var i = 0; i < Px; i++)
                {
                    var index = Index(i, j, k);
                    for (var axis = 0; axis < 3; axis++)
                    {
                        var (c, last) = axis switch { 0 => (i, Px - 1), 1 => (j, Py - 1), _ => (k, Pz - 1) };
                        if (c < last && Inside(index) != Inside(index + Stride(axis)))
                        {
                            edgeVertex[axis][index] = _vertexEdges.Count;
                            _vertexEdges.Add((axis, index));
                        }
                    }
                }
            }
        }

        return edgeVertex;
    }

    /// <summary>
    /// Moves vertex <paramref name="vertex"/> along its edge onto the surface (regula falsi on the function itself)
    /// and gives its unit normal; a vertex on an edge into the padding sits just outside the bounds and faces out.
    /// </summary>
    public (Vector3 Position, Vector3 Normal) SettleOnEdge(Func<Vector3, float> sdf, int vertex, float minT)
    {
        var (axis, index) = _vertexEdges[vertex];
        var other = index + Stride(axis);
        var k = index / (Px * Py);
        var j = index / Px % Py;
        var i = index % Px;
        var start = At(i, j, k);
        var end = start + Axis(axis) * Voxel;
        if (IsPadding(index) || IsPadding(other))
        {
            var outward = IsPadding(other) ? Axis(axis) : -Axis(axis);
            var t = IsPadding(other) ? minT : 1 - minT;
            return (Vector3.Lerp(start, end, t), outward);
        }

        // Illinois variant: halving the value at an end kept twice stops the bracket converging from one side only.
        var (t0, f0, t1, f1) = (0f, Values[index], 1f, Values[other]);
        var tc = f0 / (f0 - f1);
        var kept = -1;
        for (var iteration = 0; iteration < 3; iteration++)
        {
            var f = sdf(Vector3.Lerp(start, end, tc));
            if ((f < 0) == (f0 < 0))
            {
                (t0, f0) = (tc, f);
                f1 = kept == 1 ? f1 / 2 : f1;
                kept = 1;
            }
            else
            {
                (t1, f1) = (tc, f);
                f0 = kept == 0 ? f0 / 2 : f0;
                kept = 0;
            }

            tc = t0 + (t1 - t0) * f0 / (f0 - f1);
        }

        var p = Vector3.Lerp(start, end, Math.Clamp(tc, minT, 1 - minT));
        return (p, Sdf.Gradient(sdf, p, Voxel * 0.25f));
    }

    private bool IsPadding(int index)
    {
        var k = index / (Px * Py);
        var j = index / Px % Py;
        var i = index % Px;
        return i == 0 || j == 0 || k == 0 || i == Px - 1 || j == Py - 1 || k == Pz - 1;
    }

    private static Vector3 Axis(int axis) => axis switch { 0 => Vector3.UnitX, 1 => Vector3.UnitY, _ => Vector3.UnitZ };
}
