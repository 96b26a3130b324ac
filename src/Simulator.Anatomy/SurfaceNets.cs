using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>Polygonises a signed distance function with naive surface nets: one vertex per cell the surface crosses.</summary>
/// <remarks>
/// Fewer, better-shaped triangles than marching cubes at the same voxel size, and no lookup tables.
/// Vertices are pulled onto the surface along the gradient, normals come from the gradient, and each
/// triangle is wound counter-clockwise as seen from outside.
/// </remarks>
public static class SurfaceNets
{
    public static Mesh Build(Func<Vector3, float> sdf, Vector3 min, Vector3 max, float voxel)
    {
        var nx = (int)MathF.Ceiling((max.X - min.X) / voxel) + 1;
        var ny = (int)MathF.Ceiling((max.Y - min.Y) / voxel) + 1;
        var nz = (int)MathF.Ceiling((max.Z - min.Z) / voxel) + 1;
        var values = new float[nx * ny * nz];
        int Index(int i, int j, int k) => i + nx * (j + ny * k);
        Vector3 At(int i, int j, int k) => min + new Vector3(i, j, k) * voxel;

        Parallel.For(0, nz, k =>
        {
            for (var j = 0; j < ny; j++)
            {
                for (var i = 0; i < nx; i++)
                {
                    values[Index(i, j, k)] = sdf(At(i, j, k));
                }
            }
        });

        var cellVertex = new int[nx * ny * nz];
        Array.Fill(cellVertex, -1);
        var positions = new List<Vector3>();
        Span<Vector3> corners = stackalloc Vector3[8];
        Span<float> cornerValues = stackalloc float[8];
        for (var k = 0; k < nz - 1; k++)
        {
            for (var j = 0; j < ny - 1; j++)
            {
                for (var i = 0; i < nx - 1; i++)
                {
                    var inside = 0;
                    for (var c = 0; c < 8; c++)
                    {
                        var (ci, cj, ck) = (i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
                        cornerValues[c] = values[Index(ci, cj, ck)];
                        corners[c] = At(ci, cj, ck);
                        inside += cornerValues[c] < 0 ? 1 : 0;
                    }

                    if (inside is 0 or 8)
                    {
                        continue;
                    }

                    var sum = Vector3.Zero;
                    var count = 0;
                    for (var c = 0; c < 8; c++)
                    {
                        for (var axis = 0; axis < 3; axis++)
                        {
                            var other = c | (1 << axis);
                            if (other == c)
                            {
                                continue;
                            }

                            var a = cornerValues[c];
                            var b = cornerValues[other];
                            if ((a < 0) != (b < 0))
                            {
                                var t = a / (a - b);
                                sum += Vector3.Lerp(corners[c], corners[other], t);
                                count++;
                            }
                        }
                    }

                    cellVertex[Index(i, j, k)] = positions.Count;
                    positions.Add(sum / count);
                }
            }
        }

        var normals = new Vector3[positions.Count];
        var projected = positions.ToArray();
        Parallel.For(0, projected.Length, v =>
        {
            var p = projected[v];
            for (var iteration = 0; iteration < 2; iteration++)
            {
                var g = Gradient(sdf, p, voxel * 0.25f);
                var step = sdf(p);
                if (MathF.Abs(step) > voxel)
                {
                    break;
                }

                p -= g * step;
            }

            projected[v] = p;
            normals[v] = Gradient(sdf, p, voxel * 0.25f);
        });

        var indices = new List<uint>();
        void Quad(int a, int b, int c, int d, bool flip)
        {
            if (a < 0 || b < 0 || c < 0 || d < 0)
            {
                return;
            }

            if (flip)
            {
                (b, d) = (d, b);
            }

            indices.AddRange(new[] { (uint)a, (uint)b, (uint)c, (uint)a, (uint)c, (uint)d });
        }

        for (var k = 1; k < nz - 1; k++)
        {
            for (var j = 1; j < ny - 1; j++)
            {
                for (var i = 1; i < nx - 1; i++)
                {
                    var v0 = values[Index(i, j, k)] < 0;
                    if (i + 1 < nx && (values[Index(i + 1, j, k)] < 0) != v0)
                    {
                        Quad(cellVertex[Index(i, j - 1, k - 1)], cellVertex[Index(i, j, k - 1)], cellVertex[Index(i, j, k)], cellVertex[Index(i, j - 1, k)], !v0);
                    }

                    if (j + 1 < ny && (values[Index(i, j + 1, k)] < 0) != v0)
                    {
                        Quad(cellVertex[Index(i - 1, j, k - 1)], cellVertex[Index(i - 1, j, k)], cellVertex[Index(i, j, k)], cellVertex[Index(i, j, k - 1)], !v0);
                    }

                    if (k + 1 < nz && (values[Index(i, j, k + 1)] < 0) != v0)
                    {
                        Quad(cellVertex[Index(i - 1, j - 1, k)], cellVertex[Index(i, j - 1, k)], cellVertex[Index(i, j, k)], cellVertex[Index(i - 1, j, k)], !v0);
                    }
                }
            }
        }

        // Fix winding against the gradient so every triangle faces outward whatever the quad orientation.
        var tri = indices.ToArray();
        for (var t = 0; t < tri.Length; t += 3)
        {
            var a = projected[tri[t]];
            var b = projected[tri[t + 1]];
            var c = projected[tri[t + 2]];
            var face = Vector3.Cross(b - a, c - a);
            var n = normals[tri[t]] + normals[tri[t + 1]] + normals[tri[t + 2]];
            if (Vector3.Dot(face, n) < 0)
            {
                (tri[t + 1], tri[t + 2]) = (tri[t + 2], tri[t + 1]);
            }
        }

        return new Mesh(projected, normals, tri);
    }

    public static Vector3 Gradient(Func<Vector3, float> sdf, Vector3 p, float h)
    {
        var g = new Vector3(
            sdf(p + new Vector3(h, 0, 0)) - sdf(p - new Vector3(h, 0, 0)),
            sdf(p + new Vector3(0, h, 0)) - sdf(p - new Vector3(0, h, 0)),
            sdf(p + new Vector3(0, 0, h)) - sdf(p - new Vector3(0, 0, h)));
        var length = g.Length();
        return length < 1e-9f ? Vector3.UnitZ : g / length;
    }
}
