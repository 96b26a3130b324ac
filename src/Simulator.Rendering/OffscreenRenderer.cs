using Silk.NET.OpenGL;
using Simulator.Anatomy;
using Simulator.Rendering.Gl;
using Framebuffer = Simulator.Rendering.Gl.Framebuffer;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering;

/// <summary>Renders the scene into a framebuffer object and reads the pixels back: in a headless EGL context of its own, or in a context that is already current (the trainer window's).</summary>
/// <remarks>
/// Owns every GL object it creates (framebuffer, meshes, shaders, the C-arm's render textures) and deletes
/// them in <see cref="Dispose"/>; it owns the context only when it created it. Use it from the thread the
/// context is current on.
/// </remarks>
public sealed class OffscreenRenderer : IDisposable
{
    private readonly HeadlessContext? _context;
    private readonly GL _gl;
    private readonly Framebuffer _framebuffer;
    private readonly SceneRenderer _renderer;
    private readonly string _shaders;
    private FluoroRenderer? _fluoro;
    private int _fluoroWidth;
    private int _fluoroHeight;
    private bool _disposed;

    /// <summary>Renders in a new headless context; throws <see cref="DisplayUnavailableException"/> without EGL.</summary>
    public OffscreenRenderer(int width, int height, Pelvis pelvis, string? shaderDirectory = null)
        : this(HeadlessContext.Create(), null, width, height, pelvis, shaderDirectory)
    {
    }

    private OffscreenRenderer(HeadlessContext? context, GL? gl, int width, int height, Pelvis pelvis, string? shaderDirectory)
    {
        _context = context;
        _gl = context?.Gl ?? gl!;
        _shaders = shaderDirectory ?? ShaderFiles.Directory();
        try
        {
            _framebuffer = new Framebuffer(_gl, width, height);
            _renderer = new SceneRenderer(_gl, _shaders);
            Scene = new PelvisScene(_renderer, pelvis);
        }
        catch
        {
            _renderer?.Dispose();
            _framebuffer?.Dispose();
            _context?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Renders in <paramref name="gl"/>, a context current on this thread that outlives the renderer — the
    /// trainer window's, so a window session needs no second context. The context is left as it was
    /// found except for the bound framebuffer, which is the default one again after <see cref="Dispose"/>.
    /// </summary>
    public static OffscreenRenderer InContext(GL gl, int width, int height, Pelvis pelvis, string? shaderDirectory = null) =>
        new(null, gl, width, height, pelvis, shaderDirectory);

    public int Width => _framebuffer.Width;

    public int Height => _framebuffer.Height;

    public PelvisScene Scene { get; }

    public OrbitCamera Camera { get; } = new();

    /// <summary>Draws one frame into the framebuffer and waits for it to finish (for timing).</summary>
    public void Draw()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _framebuffer.Bind();
        _renderer.Render(Camera, Width, Height);
        _gl.Finish();
    }

    /// <summary>Draws <paramref name="view"/> and returns RGBA8 pixels, top row first.</summary>
    public byte[] Render(CameraView view)
    {
        Camera.SetView(view);
        return Render();
    }

    /// <summary>Draws from <see cref="Camera"/> as it stands (aimed by the caller) and returns RGBA8 pixels, top row first.</summary>
    public byte[] Render()
    {
        Draw();
        return _framebuffer.ReadRgba();
    }

    /// <summary>
    /// A simulated C-arm image of <paramref name="view"/> at the renderer's size; with <paramref name="showPlan"/> the
    /// planned paths are drawn in blue and the achieved pin paths in orange over the image.
    /// </summary>
    public byte[] RenderFluoro(CameraView view, bool showPlan = false) => RenderFluoro(view, showPlan, Width, Height);

    /// <summary>A simulated C-arm image of <paramref name="view"/> of <paramref name="width"/> × <paramref name="height"/> pixels (see <see cref="RenderFluoro(CameraView, bool)"/>).</summary>
    public byte[] RenderFluoro(CameraView view, bool showPlan, int width, int height)
    {
        Camera.SetView(view);
        return RenderFluoro(Camera, showPlan, width, height);
    }

    /// <summary>A simulated C-arm image shot from <paramref name="shot"/> (a <see cref="CArmPose"/>'s camera, say) of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public byte[] RenderFluoro(OrbitCamera shot, bool showPlan, int width, int height)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_fluoro is null || _fluoroWidth != width || _fluoroHeight != height)
        {
            _fluoro?.Dispose();
            _fluoro = null;
            _fluoro = new FluoroRenderer(_gl, _shaders, width, height);
            (_fluoroWidth, _fluoroHeight) = (width, height);
        }

        _fluoro.Shoot(_renderer, shot, showPlan ? Scene.PlanAndAchievedNodes : null);
        return _fluoro.Image.ReadRgba();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _fluoro?.Dispose();
        _renderer.Dispose();
        _framebuffer.Dispose();
        if (_context is null)
        {
            // A borrowed context keeps drawing to its own (default) framebuffer afterwards.
            _gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        }

        _context?.Dispose();
    }
}
