using System.Numerics;
using Silk.NET.OpenGL;
using Simulator.Rendering.Gl;
using VertexArray = Simulator.Rendering.Gl.VertexArray;

namespace Simulator.Rendering.Scene;

/// <summary>Draws textured screen-space rectangles (the HUD, panels) over the 3D view, alpha-blended.</summary>
/// <remarks>One unit quad is uploaded once; each rectangle is a uniform change and a draw call.</remarks>
public sealed class OverlayRenderer : IDisposable
{
    private readonly GL _gl;
    private readonly ShaderProgram _program;
    private readonly VertexArray _vao;
    private readonly GlBuffer<float> _quad;

    public OverlayRenderer(GL gl, string shaderDirectory)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, Path.Combine(shaderDirectory, "overlay.vert"), Path.Combine(shaderDirectory, "overlay.frag"));
        _vao = new VertexArray(gl);
        _vao.Bind();
        _quad = new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, new float[] { 0, 0, 1, 0, 0, 1, 1, 1 });
        _vao.FloatAttribute(0, 2, 2, 0);
        gl.BindVertexArray(0);
    }

    /// <summary>Draws <paramref name="texture"/> into the pixel rectangle (origin top-left) of a viewport of the given size.</summary>
    public void Draw(Texture2D texture, float x, float y, float width, float height, int viewportWidth, int viewportHeight)
    {
        texture.Bind(0);
        DrawBound(x, y, width, height, viewportWidth, viewportHeight, flip: false);
    }

    /// <summary>Draws a render texture's colour (e.g. the last fluoro shot) into a pixel rectangle.</summary>
    public void Draw(RenderTexture texture, float x, float y, float width, float height, int viewportWidth, int viewportHeight)
    {
        texture.BindTexture(0);
        DrawBound(x, y, width, height, viewportWidth, viewportHeight, flip: true);
    }

    private void DrawBound(float x, float y, float width, float height, int viewportWidth, int viewportHeight, bool flip)
    {
        _gl.Viewport(0, 0, (uint)viewportWidth, (uint)viewportHeight);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        _program.Use();
        _program.Set("uRect", new Vector4(x, y, width, height));
        _program.Set("uViewport", new Vector2(viewportWidth, viewportHeight));
        _program.Set("uTexture", 0);
        _program.Set("uFlipY", flip ? 1f : 0f);
        _vao.Bind();
        _gl.DrawArrays(PrimitiveType.TriangleStrip, 0, 4);
        _gl.Disable(EnableCap.Blend);
        _gl.Enable(EnableCap.DepthTest);
    }

    public void Dispose()
    {
        _quad.Dispose();
        _vao.Dispose();
        _program.Dispose();
    }
}
