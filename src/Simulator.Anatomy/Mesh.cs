using System.Numerics;

namespace Simulator.Anatomy;

/// <summary>An indexed triangle mesh in millimetres: positions, unit normals, counter-clockwise triangles seen from outside.</summary>
public sealed class Mesh
{
    public Mesh(Vector3[] positions, Vector3[] normals, uint[] indices)
    {
        if (positions.Length != normals.Length)
        {
            throw new ArgumentException("positions and normals differ in length", nameof(normals));
        }

        if (indices.Length % 3 != 0)
        {
            throw new ArgumentException("index count is not a multiple of 3", nameof(indices));
        }

        Positions = positions;
        Normals = normals;
        Indices = indices;
        if (positions.Length > 0)
        {
            var min = new Vector3(float.MaxValue);
            var max = new Vector3(float.MinValue);
            foreach (var p in positions)
            {
                min = Vector3.Min(min, p);
                max = Vector3.Max(max, p);
            }

            BoundsMin = min;
            BoundsMax = max;
        }
    }

    public Vector3[] Positions { get; }

    public Vector3[] Normals { get; }

    public uint[] Indices { get; }

    public int TriangleCount => Indices.Length / 3;

    public Vector3 BoundsMin { get; }

    public Vector3 BoundsMax { get; }
}
