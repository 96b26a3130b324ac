using System.Numerics;
using Silk.NET.OpenGL;
using Simulator.Anatomy;
using Simulator.Rendering.Gl;

namespace Simulator.Rendering.Scene;

/// <summary>Draws scene nodes with the lit mesh shader: opaque nodes first, then translucent ones back-to-front by layer.</summary>
/// <remarks>
/// Owns every mesh buffer and the shader program; rendering sets uniforms and issues draws
/// only — no managed allocation happens per frame. GL thread only.
/// </remarks>
public sealed class SceneRenderer : IDisposable
{
    private readonly GL _gl;
    private readonly ShaderProgram _lit;
    private readonly ShaderProgram _flat;
    private ShaderProgram _program;
    private readonly List<SceneNode> _nodes = new();
    private readonly List<SceneNode> _translucent = new();
    private readonly List<MeshBuffers> _meshes = new();
    private SceneNode[] _opaque = Array.Empty<SceneNode>();
    private bool _disposed;

    public SceneRenderer(GL gl, string shaderDirectory)
    {
        _gl = gl;
        _lit = new ShaderProgram(gl, Path.Combine(shaderDirectory, "mesh.vert"), Path.Combine(shaderDirectory, "mesh.frag"));
        try
        {
            _flat = new ShaderProgram(gl, Path.Combine(shaderDirectory, "flat.vert"), Path.Combine(shaderDirectory, "flat.frag"));
        }
        catch
        {
            _lit.Dispose();
            throw;
        }

        _program = _lit;
    }

    public Vector3 Background { get; set; } = new(0.13f, 0.15f, 0.18f);

    /// <summary>Draws every surface in its plain colour, unlit: the floor the benchmark measures shading against.</summary>
    public bool Flat { get; set; }

    public IReadOnlyList<SceneNode> Nodes => _nodes;

    public int TriangleCount
    {
        get
        {
            var total = 0;
            foreach (var node in _nodes)
            {
                total += node.Visible ? node.TriangleCount : 0;
            }

            return total;
        }
    }

    /// <summary>Uploads <paramref name="mesh"/> once and adds a node drawing it.</summary>
    public SceneNode Add(string name, Mesh mesh, Material material, int layer = 0)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var buffers = new MeshBuffers(_gl, mesh);
        _meshes.Add(buffers);
        return AddInstance(name, buffers, material, layer);
    }

    /// <summary>Adds another node drawing an already uploaded mesh (e.g. three implants, one mesh).</summary>
    public SceneNode AddInstance(string name, SceneNode of, Material material, int layer = 0) =>
        AddInstance(name, of.Mesh, material, layer);

    private SceneNode AddInstance(string name, MeshBuffers buffers, Material material, int layer)
    {
        var node = new SceneNode(name, buffers, material) { Layer = layer };
        _nodes.Add(node);
        _translucent.Clear();
        return node;
    }

    public SceneNode? Find(string name)
    {
        foreach (var node in _nodes)
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>Clears the bound framebuffer and draws every visible node from <paramref name="camera"/>.</summary>
    public void Render(OrbitCamera camera, int width, int height) => Render(camera, 0, 0, width, height, width, height);

    /// <summary>
    /// Clears the whole target (<paramref name="targetWidth"/> × <paramref name="targetHeight"/>) and draws the scene into the
    /// viewport at (<paramref name="x"/>, <paramref name="y"/>, bottom-left origin) of size <paramref name="width"/> × <paramref name="height"/>.
    /// </summary>
    public void Render(OrbitCamera camera, int x, int y, int width, int height, int targetWidth, int targetHeight)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.Viewport(0, 0, (uint)targetWidth, (uint)targetHeight);
        _gl.ClearColor(Background.X, Background.Y, Background.Z, 1f);
        _gl.Clear(ClearBufferMask.ColorBufferBit | ClearBufferMask.DepthBufferBit);
        _gl.Viewport(x, y, (uint)width, (uint)height);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Lequal);

        _program = Flat ? _flat : _lit;
        _program.Use();
        var viewProj = camera.View * camera.Projection((float)width / Math.Max(1, height));
        _program.Set("uViewProj", viewProj);
        if (!Flat)
        {
            _program.Set("uEye", camera.Eye);
            var right = Vector3.Normalize(Vector3.Cross(camera.Up, camera.Direction));
            _program.Set("uLightDir", Vector3.Normalize(camera.Direction + camera.Up * 0.6f - right * 0.4f));
            var near = camera.DistanceMm - 150f;
            _program.Set("uDepthCue", new Vector2(near, near + 400f));
            _program.Set("uBackground", Background);
        }

        _gl.Disable(EnableCap.Blend);
        _gl.DepthMask(true);
        _gl.Enable(EnableCap.CullFace);
        _gl.CullFace(TriangleFace.Back);
        // Front to back, so the rasteriser's early depth test skips shading hidden bone (fill rate dominates on CPU GL).
        if (_opaque.Length != _nodes.Count)
        {
            _opaque = new SceneNode[_nodes.Count];
        }

        var count = 0;
        var eye = camera.Eye;
        foreach (var node in _nodes)
        {
            if (node.Visible && !node.XrayOnly && !node.Material.Transparent && !node.Overlay)
            {
                node.SortKey = Vector3.DistanceSquared(eye, Vector3.Transform(node.Mesh.Centre, node.Model));
                _opaque[count++] = node;
            }
        }

        // Insertion sort: a few dozen nodes, nearly sorted frame to frame, and no delegate allocation.
        for (var i = 1; i < count; i++)
        {
            var node = _opaque[i];
            var j = i - 1;
            while (j >= 0 && _opaque[j].SortKey > node.SortKey)
            {
                _opaque[j + 1] = _opaque[j];
                j--;
            }

            _opaque[j + 1] = node;
        }

        for (var i = 0; i < count; i++)
        {
            Draw(_opaque[i]);
        }

        if (_translucent.Count == 0)
        {
            CollectTranslucent();
        }

        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        _gl.DepthMask(false);
        foreach (var node in _translucent)
        {
            if (node.Visible && !node.XrayOnly && node.Material.Transparent && !node.Overlay)
            {
                Draw(node);
            }
        }

        _gl.Disable(EnableCap.DepthTest);
        foreach (var node in _translucent)
        {
            if (node.Visible && !node.XrayOnly && node.Overlay)
            {
                Draw(node);
            }
        }

        _gl.Enable(EnableCap.DepthTest);

        _gl.DepthMask(true);
        _gl.Disable(EnableCap.Blend);
    }

    /// <summary>Draws <paramref name="nodes"/> (visible or not) over the bound target without depth testing, e.g. planned paths on a fluoro image.</summary>
    public void DrawOver(OrbitCamera camera, int width, int height, IReadOnlyList<SceneNode> nodes)
    {
        _gl.Viewport(0, 0, (uint)width, (uint)height);
        _gl.Disable(EnableCap.DepthTest);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha);
        _program = _lit;
        _program.Use();
        _program.Set("uViewProj", camera.View * camera.Projection((float)width / Math.Max(1, height)));
        _program.Set("uEye", camera.Eye);
        _program.Set("uLightDir", camera.Direction);
        _program.Set("uDepthCue", new Vector2(1e5f, 1e5f + 1));
        _program.Set("uBackground", Background);
        foreach (var node in nodes)
        {
            Draw(node);
        }

        _gl.Disable(EnableCap.Blend);
        _gl.Enable(EnableCap.DepthTest);
    }

    private void CollectTranslucent()
    {
        foreach (var node in _nodes)
        {
            _translucent.Add(node);
        }

        _translucent.Sort(static (a, b) => a.Layer.CompareTo(b.Layer));
    }

    private void Draw(SceneNode node)
    {
        _program.Set("uModel", node.Model);
        _program.Set("uColor", node.Material.Color);
        if (_program == _lit)
        {
            _program.Set("uSpecular", node.Material.Specular);
            _program.Set("uShininess", node.Material.Shininess);
        }
        node.Mesh.Draw();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var mesh in _meshes)
        {
            mesh.Dispose();
        }

        _lit.Dispose();
        _flat.Dispose();
    }
}
