using Simulator.App.Window;
using Simulator.Rendering;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Start;

/// <summary>Shows the start screen in the trainer window until a session is chosen or the window is closed.</summary>
/// <remarks>
/// Main thread only. Borrows the window (the session then opens in the same one) and owns its GL
/// objects: the HUD texture the screen is painted on and the quad that draws it. The screen changes only
/// on input, so the loop waits for events instead of spinning.
/// </remarks>
public sealed class StartWindow : IInputHandler, IDisposable
{
    private readonly GlfwWindow _window;
    private readonly HudCanvas _canvas;
    private readonly OverlayRenderer _overlay;
    private HudFonts? _fonts;
    private StartScreenLayout? _layout;
    private bool _dirty = true;
    private double _mouseX;
    private double _mouseY;

    public StartWindow(GlfwWindow window, StartScreenModel model, float textScale = 1f)
    {
        _window = window;
        Model = model;
        TextScale = textScale;
        _window.Title = "SI-joint fusion trainer — start";
        var (width, height) = window.FramebufferSize;
        _overlay = new OverlayRenderer(window.Gl, ShaderFiles.Directory());
        try
        {
            _canvas = new HudCanvas(window.Gl, Math.Max(1, width), Math.Max(1, height));
        }
        catch
        {
            _overlay.Dispose();
            throw;
        }
    }

    public StartScreenModel Model { get; }

    public float TextScale { get; }

    public float Scale => _window.PixelRatio * TextScale;

    /// <summary>The layout of the last frame (tests click its controls).</summary>
    public StartScreenLayout Layout => _layout ??= new StartScreenLayout(_canvas.Width, _canvas.Height, Scale, Model);

    /// <summary>Frames drawn so far.</summary>
    public long Frames { get; private set; }

    /// <summary>Runs until the trainee starts a session (the choice) or closes the window or presses Esc (null).</summary>
    public StartChoice? Run(Func<bool>? shouldStop = null, Action? beforeFrame = null)
    {
        var previous = _window.Input;
        _window.Input = this;
        try
        {
            while (!_window.ShouldClose && Model.Choice is null && !Model.QuitRequested && shouldStop?.Invoke() != true)
            {
                _window.WaitEvents(0.1);
                beforeFrame?.Invoke();
                DrawFrame();
                _window.SwapBuffers();
            }
        }
        finally
        {
            _window.Input = previous;
        }

        return Model.QuitRequested ? null : Model.Choice;
    }

    public void DrawFrame()
    {
        var (width, height) = _window.FramebufferSize;
        if (width == 0 || height == 0)
        {
            return;
        }

        if (_canvas.Width != width || _canvas.Height != height)
        {
            _canvas.Resize(width, height);
            _dirty = true;
        }

        if (_fonts is null || Math.Abs(_fonts.Scale - Scale) > 0.01f)
        {
            _fonts?.Dispose();
            _fonts = new HudFonts(Scale);
            _dirty = true;
        }

        if (_dirty)
        {
            _dirty = false;
            // The list shows as many rows as fit; the model keeps the selection among them.
            _layout = new StartScreenLayout(width, height, Scale, Model);
            Model.VisibleRows = _layout.VisibleRows;
            _layout = new StartScreenLayout(width, height, Scale, Model);
            var fonts = _fonts;
            var layout = _layout;
            _canvas.Paint(canvas => StartScreenPainter.Paint(canvas, Model, layout, fonts));
        }

        var gl = _window.Gl;
        gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        gl.Viewport(0, 0, (uint)width, (uint)height);
        gl.ClearColor(0.07f, 0.08f, 0.1f, 1f);
        gl.Clear(Silk.NET.OpenGL.ClearBufferMask.ColorBufferBit | Silk.NET.OpenGL.ClearBufferMask.DepthBufferBit);
        _overlay.Draw(_canvas.Texture, 0, 0, width, height, width, height);
        Frames++;
    }

    /// <summary>Reads the back buffer (after <see cref="DrawFrame"/>, before swapping) as RGBA, top row first.</summary>
    public byte[] ReadFrame()
    {
        var (width, height) = _window.FramebufferSize;
        _window.Gl.BindFramebuffer(Silk.NET.OpenGL.FramebufferTarget.Framebuffer, 0);
        _window.Gl.ReadBuffer(Silk.NET.OpenGL.ReadBufferMode.Back);
        return Rendering.Gl.PixelReadback.ReadRgba(_window.Gl, width, height);
    }

    public void OnMouseMove(double x, double y)
    {
        _mouseX = x;
        _mouseY = y;
    }

    public void OnMouseButton(MouseButton button, bool pressed, int modifiers)
    {
        if (button != MouseButton.Left || !pressed)
        {
            return;
        }

        var ratio = _window.PixelRatio;
        if (Layout.Hit((float)(_mouseX * ratio), (float)(_mouseY * ratio)) is { } target)
        {
            Model.Click(target, GlfwWindow.TimeSeconds);
            _dirty = true;
        }
    }

    public void OnScroll(double dx, double dy)
    {
        Model.Scroll(-(int)Math.Round(dy));
        _dirty = true;
    }

    public void OnKey(int key, bool pressed, bool repeat, int modifiers)
    {
        if (!pressed)
        {
            return;
        }

        Model.Key(key, modifiers);
        _dirty = true;
    }

    public void OnChar(uint codepoint)
    {
        Model.Type(codepoint);
        _dirty = true;
    }

    public void Dispose()
    {
        _fonts?.Dispose();
        _canvas.Dispose();
        _overlay.Dispose();
    }
}
