namespace Simulator.Rendering.Gl;

/// <summary>
/// How many GL objects the wrappers in this folder own right now, across every context in the process: each
/// <see cref="GlBuffer{T}"/>, <see cref="VertexArray"/>, <see cref="Texture2D"/>, <see cref="RenderTexture"/>,
/// <see cref="Framebuffer"/> and <see cref="ShaderProgram"/> counts one from its creation until its first Dispose.
/// </summary>
/// <remarks>
/// The soak test reads it to show that a long session holds a steady number of GL objects (a leak would grow it
/// event after event) and that disposing the window releases all of them. Thread-safe.
/// </remarks>
public static class GlObjects
{
    private static long _live;

    /// <summary>Wrapped GL objects created and not yet disposed.</summary>
    public static long Live => Interlocked.Read(ref _live);

    internal static void Created() => Interlocked.Increment(ref _live);

    internal static void Released() => Interlocked.Decrement(ref _live);
}
