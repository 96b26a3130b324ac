using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns one vertex array object.</summary>
public sealed class VertexArray : IDisposable
{
    private readonly GL _gl;
    private bool _disposed;

    public VertexArray(GL gl)
    {
        _gl = gl;
        Handle = gl.GenVertexArray();
        GlObjects.Created();
    }

    public uint Handle { get; }

    public void Bind()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.BindVertexArray(Handle);
    }

    /// <summary>Declares float attribute <paramref name="index"/> from the currently bound array buffer.</summary>
    public unsafe void FloatAttribute(uint index, int components, int strideFloats, int offsetFloats)
    {
        _gl.EnableVertexAttribArray(index);
        _gl.VertexAttribPointer(index, components, VertexAttribPointerType.Float, false,
            (uint)(strideFloats * sizeof(float)), (void*)(offsetFloats * sizeof(float)));
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _gl.DeleteVertexArray(Handle);
            GlObjects.Released();
        }
    }
}
