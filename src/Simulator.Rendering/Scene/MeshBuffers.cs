using Silk.NET.OpenGL;
using Simulator.Anatomy;
using Simulator.Rendering.Gl;
using VertexArray = Simulator.Rendering.Gl.VertexArray;

namespace Simulator.Rendering.Scene;

/// <summary>A mesh on the GPU: interleaved position + normal, and 32-bit indices; uploaded once, or again with <see cref="Update"/>.</summary>
public sealed class MeshBuffers : IDisposable
{
    private readonly GL _gl;
    private readonly VertexArray _vao;
    private readonly GlBuffer<float> _vertices;
    private readonly GlBuffer<uint> _indices;

    public MeshBuffers(GL gl, Mesh mesh)
    {
        _gl = gl;
        var interleaved = Interleave(mesh);
        _vao = new VertexArray(gl);
        _vao.Bind();
        _vertices = new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, interleaved);
        _indices = new GlBuffer<uint>(gl, BufferTargetARB.ElementArrayBuffer, mesh.Indices);
        _vao.FloatAttribute(0, 3, 6, 0);
        _vao.FloatAttribute(1, 3, 6, 3);
        gl.BindVertexArray(0);
        IndexCount = mesh.Indices.Length;
        Centre = (mesh.BoundsMin + mesh.BoundsMax) / 2;
    }

    /// <summary>Centre of the mesh's bounds, in its own coordinates (for front-to-back ordering).</summary>
    public System.Numerics.Vector3 Centre { get; private set; }

    public int IndexCount { get; private set; }

    /// <summary>Replaces the mesh (a shape that follows the procedure, e.g. the curetted area); never called per frame.</summary>
    public void Update(Mesh mesh)
    {
        _vao.Bind();
        _vertices.Update(Interleave(mesh));
        _indices.Update(mesh.Indices);
        _gl.BindVertexArray(0);
        IndexCount = mesh.Indices.Length;
        Centre = (mesh.BoundsMin + mesh.BoundsMax) / 2;
    }

    public int TriangleCount => IndexCount / 3;

    private static float[] Interleave(Mesh mesh)
    {
        var interleaved = new float[mesh.Positions.Length * 6];
        for (var i = 0; i < mesh.Positions.Length; i++)
        {
            var p = mesh.Positions[i];
            var n = mesh.Normals[i];
            interleaved[i * 6] = p.X;
            interleaved[i * 6 + 1] = p.Y;
            interleaved[i * 6 + 2] = p.Z;
            interleaved[i * 6 + 3] = n.X;
            interleaved[i * 6 + 4] = n.Y;
            interleaved[i * 6 + 5] = n.Z;
        }

        return interleaved;
    }

    public unsafe void Draw()
    {
        _vao.Bind();
        _gl.DrawElements(PrimitiveType.Triangles, (uint)IndexCount, DrawElementsType.UnsignedInt, null);
    }

    public void Dispose()
    {
        _vao.Dispose();
        _vertices.Dispose();
        _indices.Dispose();
    }
}
