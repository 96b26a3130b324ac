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
    private readonly ShaderProgram _tiles;
    private readonly VertexArray _tilesVao;
    private readonly GlBuffer<float> _tilesBuffer;
    private float[] _tileVertices = Array.Empty<float>();
    private int _tileVertexCount;
    private int _opaqueVertexCount;

    public OverlayRenderer(GL gl, string shaderDirectory)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, Path.Combine(shaderDirectory, "overlay.vert"), Path.Combine(shaderDirectory, "overlay.frag"));
        _vao = new VertexArray(gl);
        _vao.Bind();
        _quad = new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, new float[] { 0, 0, 1, 0, 0, 1, 1, 1 });
        _vao.FloatAttribute(0, 2, 2, 0);
        gl.BindVertexArray(0);
        _tiles = new ShaderProgram(gl, Path.Combine(shaderDirectory, "overlay_tiles.vert"), Path.Combine(shaderDirectory, "overlay.frag"));
        _tilesVao = new VertexArray(gl);
        _tilesVao.Bind();
        _tilesBuffer = new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, ReadOnlySpan<float>.Empty, BufferUsageARB.DynamicDraw);
        _tilesVao.FloatAttribute(0, 2, 4, 0);
        _tilesVao.FloatAttribute(1, 2, 4, 2);
        gl.BindVertexArray(0);
    }

    /// <summary>How many rectangles <see cref="DrawTiles"/> draws (what <see cref="SetTiles"/> was last given).</summary>
    public int TileCount => _tileVertexCount / 6;

    /// <summary>
    /// Sets the rectangles of a <paramref name="textureWidth"/> × <paramref name="textureHeight"/> overlay that
    /// <see cref="DrawTiles"/> draws (see <see cref="OverlayCoverage"/>); call it when the overlay is repainted, not per frame.
    /// </summary>
    public void SetTiles(IReadOnlyList<PixelRect> rects, int textureWidth, int textureHeight)
    {
        var needed = rects.Count * 6 * 4;
        if (_tileVertices.Length < needed)
        {
            _tileVertices = new float[needed];
        }

        var i = 0;
        foreach (var r in rects)
        {
            if (r.Opaque)
            {
                i = Rect(i, r, textureWidth, textureHeight);
            }
        }

        _opaqueVertexCount = i / 4;
        foreach (var r in rects)
        {
            if (!r.Opaque)
            {
                i = Rect(i, r, textureWidth, textureHeight);
            }
        }

        _tileVertexCount = i / 4;
        _tilesBuffer.Update(_tileVertices.AsSpan(0, i));
    }

    private int Rect(int i, PixelRect r, int textureWidth, int textureHeight)
    {
        float x0 = r.X, y0 = r.Y, x1 = r.X + r.Width, y1 = r.Y + r.Height;
        float u0 = x0 / textureWidth, v0 = y0 / textureHeight, u1 = x1 / textureWidth, v1 = y1 / textureHeight;
        i = Corner(i, x0, y0, u0, v0);
        i = Corner(i, x1, y0, u1, v0);
        i = Corner(i, x0, y1, u0, v1);
        i = Corner(i, x0, y1, u0, v1);
        i = Corner(i, x1, y0, u1, v0);
        return Corner(i, x1, y1, u1, v1);
    }

    private int Corner(int i, float x, float y, float u, float v)
    {
        _tileVertices[i] = x;
        _tileVertices[i + 1] = y;
        _tileVertices[i + 2] = u;
        _tileVertices[i + 3] = v;
        return i + 4;
    }

    /// <summary>Draws the rectangles given to <see cref="SetTiles"/> from <paramref name="texture"/>, pixel for pixel: opaque tiles copied, the rest alpha-blended.</summary>
    public void DrawTiles(Texture2D texture, int viewportWidth, int viewportHeight)
    {
        if (_tileVertexCount == 0)
        {
            return;
        }

        texture.Bind(0);
        _gl.Viewport(0, 0, (uint)viewportWidth, (uint)viewportHeight);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _tiles.Use();
        _tiles.Set("uViewport", new Vector2(viewportWidth, viewportHeight));
        _tiles.Set("uTexture", 0);
        _tilesVao.Bind();
        // Fully opaque tiles (the side panel, the tray) replace what is under them; the rest is blended.
        _gl.Disable(EnableCap.Blend);
        if (_opaqueVertexCount > 0)
        {
            _gl.DrawArrays(PrimitiveType.Triangles, 0, (uint)_opaqueVertexCount);
        }

        if (_tileVertexCount > _opaqueVertexCount)
        {
            _gl.Enable(EnableCap.Blend);
            _gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
            _gl.DrawArrays(PrimitiveType.Triangles, _opaqueVertexCount, (uint)(_tileVertexCount - _opaqueVertexCount));
            _gl.Disable(EnableCap.Blend);
        }

        _gl.Enable(EnableCap.DepthTest);
    }

    /// <summary>Draws <paramref name="texture"/> into the pixel rectangle (origin top-left) of a viewport of the given size.</summary>
    public void Draw(Texture2D texture, float x, float y, float width, float height, int viewportWidth, int viewportHeight)
    {
        texture.Bind(0);
        DrawBound(x, y, width, height, viewportWidth, viewportHeight, flip: false);
    }

    /// <summary>
    /// Draws a render texture's colour (e.g. the last fluoro shot) into a pixel rectangle; <paramref name="opaque"/> when every
    /// pixel of it is (alpha 1): it then replaces what is under it without blending, which a CPU rasteriser does faster.
    /// </summary>
    public void Draw(RenderTexture texture, float x, float y, float width, float height, int viewportWidth, int viewportHeight, bool opaque = false)
    {
        texture.BindTexture(0);
        DrawBound(x, y, width, height, viewportWidth, viewportHeight, flip: true, blend: !opaque);
    }

    private void DrawBound(float x, float y, float width, float height, int viewportWidth, int viewportHeight, bool flip, bool blend = true)
    {
        _gl.Viewport(0, 0, (uint)viewportWidth, (uint)viewportHeight);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        if (blend)
        {
            _gl.Enable(EnableCap.Blend);
            _gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        }

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
        _tilesBuffer.Dispose();
        _tilesVao.Dispose();
        _tiles.Dispose();
        _quad.Dispose();
        _vao.Dispose();
        _program.Dispose();
    }
}
