using Simulator.Anatomy;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering;

/// <summary>Renders the scene headless (EGL surfaceless + framebuffer object) and reads the pixels back.</summary>
/// <remarks>Owns its context and every GL object; use it from one thread.</remarks>
public sealed class OffscreenRenderer : IDisposable
{
    private readonly HeadlessContext _context;
    private readonly Framebuffer _framebuffer;
    private readonly SceneRenderer _renderer;
    private readonly string _shaders;
    private FluoroRenderer? _fluoro;

    public OffscreenRenderer(int width, int height, Pelvis pelvis, string? shaderDirectory = null)
    {
        _shaders = shaderDirectory ?? ShaderFiles.Directory();
        _context = HeadlessContext.Create();
        try
        {
            _framebuffer = new Framebuffer(_context.Gl, width, height);
            _renderer = new SceneRenderer(_context.Gl, _shaders);
            Scene = new PelvisScene(_renderer, pelvis);
        }
        catch
        {
            _framebuffer?.Dispose();
            _renderer?.Dispose();
            _context.Dispose();
            throw;
        }
    }

    public int Width => _framebuffer.Width;

    public int Height => _framebuffer.Height;

    public PelvisScene Scene { get; }

    public OrbitCamera Camera { get; } = new();

    /// <summary>Draws one frame into the framebuffer and waits for it to finish (for timing).</summary>
    public void Draw()
    {
        _framebuffer.Bind();
        _renderer.Render(Camera, Width, Height);
        _context.Gl.Finish();
    }

    /// <summary>Draws <paramref name="view"/> and returns RGBA8 pixels, top row first.</summary>
    public byte[] Render(CameraView view)
    {
        Camera.SetView(view);
        Draw();
        return _framebuffer.ReadRgba();
    }

    /// <summary>A simulated C-arm image of <paramref name="view"/>; with <paramref name="showPlan"/> the planned paths are drawn in blue.</summary>
    public byte[] RenderFluoro(CameraView view, bool showPlan = false)
    {
        _fluoro ??= new FluoroRenderer(_context.Gl, _shaders, Width, Height);
        Camera.SetView(view);
        // The operative side is the patient's left (the trainer's implant plan); the right-side plans would only clutter the image.
        _fluoro.Shoot(_renderer, Camera, showPlan ? Scene.PlanNodes.Where(n => n.Name.EndsWith("-left", StringComparison.Ordinal)).ToList() : null);
        return _fluoro.Image.ReadRgba();
    }

    public void Dispose()
    {
        _fluoro?.Dispose();
        _renderer.Dispose();
        _framebuffer.Dispose();
        _context.Dispose();
    }
}
