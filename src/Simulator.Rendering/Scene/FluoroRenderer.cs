using System.Numerics;
using Silk.NET.OpenGL;
using Simulator.Rendering.Gl;
using VertexArray = Simulator.Rendering.Gl.VertexArray;

namespace Simulator.Rendering.Scene;

/// <summary>Simulated fluoroscopy: a radiograph of the current scene from a C-arm position.</summary>
/// <remarks>
/// Pass 1 sums, per pixel, the density-weighted distance to every back face minus every front face
/// (closed meshes, additive blending into a float texture): the thickness each ray crosses. Pass 2 maps
/// it to an inverted grey C-arm image. Rendered once per shot, not per frame.
/// </remarks>
public sealed class FluoroRenderer : IDisposable
{
    /// <summary>Attenuation per mm of bone-equivalent thickness.</summary>
    public const float Mu = 0.014f;

    private readonly GL _gl;
    private readonly ShaderProgram _density;
    private readonly ShaderProgram _composite;
    private readonly RenderTexture _thickness;
    private readonly VertexArray _quad;
    private readonly GlBuffer<float> _quadBuffer;

    public FluoroRenderer(GL gl, string shaderDirectory, int width, int height)
    {
        _gl = gl;
        _density = new ShaderProgram(gl, Path.Combine(shaderDirectory, "fluoro_density.vert"), Path.Combine(shaderDirectory, "fluoro_density.frag"));
        _composite = new ShaderProgram(gl, Path.Combine(shaderDirectory, "fluoro.vert"), Path.Combine(shaderDirectory, "fluoro.frag"));
        _thickness = new RenderTexture(gl, width, height, floatingPoint: true);
        Image = new RenderTexture(gl, width, height, floatingPoint: false);
        _quad = new VertexArray(gl);
        _quad.Bind();
        _quadBuffer = new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, new float[] { 0, 0, 1, 0, 0, 1, 1, 1 });
        _quad.FloatAttribute(0, 2, 2, 0);
        gl.BindVertexArray(0);
    }

    /// <summary>The last image (RGBA8), for the window's panel or read-back.</summary>
    public RenderTexture Image { get; }

    /// <summary>Shoots the scene's radio-opaque nodes from <paramref name="camera"/>; optional <paramref name="overlay"/> nodes (planned paths) are drawn on top.</summary>
    public void Shoot(SceneRenderer scene, OrbitCamera camera, IReadOnlyList<SceneNode>? overlay = null)
    {
        _thickness.Bind();
        _gl.ClearColor(0, 0, 0, 0);
        _gl.Clear(ClearBufferMask.ColorBufferBit);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendEquation(BlendEquationModeEXT.FuncAdd);
        _gl.BlendFunc(BlendingFactor.One, BlendingFactor.One);
        _density.Use();
        _density.Set("uViewProj", camera.View * camera.Projection((float)_thickness.Width / _thickness.Height));
        _density.Set("uSource", camera.Eye);
        foreach (var node in scene.Nodes)
        {
            if (node.Visible && node.Density != 0f)
            {
                _density.Set("uModel", node.Model);
                _density.Set("uDensity", node.Density);
                node.DrawMesh();
            }
        }

        _gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        _gl.Disable(EnableCap.Blend);

        Image.Bind();
        _composite.Use();
        _composite.Set("uDensityTexture", 0);
        _composite.Set("uMu", Mu);
        _composite.Set("uAspect", new Vector2(Math.Max(1f, (float)Image.Width / Image.Height), Math.Max(1f, (float)Image.Height / Image.Width)));
        _thickness.BindTexture(0);
        _quad.Bind();
        _gl.DrawArrays(PrimitiveType.TriangleStrip, 0, 4);
        if (overlay is { Count: > 0 })
        {
            scene.DrawOver(camera, Image.Width, Image.Height, overlay);
        }

        _gl.Enable(EnableCap.DepthTest);
        _gl.Finish();
    }

    public void Dispose()
    {
        _quadBuffer.Dispose();
        _quad.Dispose();
        _thickness.Dispose();
        Image.Dispose();
        _density.Dispose();
        _composite.Dispose();
    }
}
