using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns one GL buffer object filled with <typeparamref name="T"/> data (once, or again with <see cref="Update"/>).</summary>
public sealed class GlBuffer<T> : IDisposable where T : unmanaged
{
    private readonly GL _gl;
    private bool _disposed;

    public unsafe GlBuffer(GL gl, BufferTargetARB target, ReadOnlySpan<T> data, BufferUsageARB usage = BufferUsageARB.StaticDraw)
    {
        _gl = gl;
        Target = target;
        Handle = gl.GenBuffer();
        GlObjects.Created();
        Count = data.Length;
        gl.BindBuffer(target, Handle);
        fixed (T* p = data)
        {
            gl.BufferData(target, (nuint)(data.Length * sizeof(T)), p, usage);
        }
    }

    public uint Handle { get; }

    public BufferTargetARB Target { get; }

    /// <summary>Number of elements uploaded.</summary>
    public int Count { get; private set; }

    /// <summary>Replaces the buffer's contents (same buffer object, so vertex array bindings stay valid).</summary>
    public unsafe void Update(ReadOnlySpan<T> data)
    {
        Bind();
        Count = data.Length;
        fixed (T* p = data)
        {
            _gl.BufferData(Target, (nuint)(data.Length * sizeof(T)), p, BufferUsageARB.DynamicDraw);
        }
    }

    public void Bind()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.BindBuffer(Target, Handle);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _gl.DeleteBuffer(Handle);
            GlObjects.Released();
        }
    }
}
