using System.Numerics;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>Input: GLFW's mouse, scroll and keys go to the controls (and through the key table); the mouse ray into the 3D view.</summary>
public sealed partial class TrainerWindow
{
    /// <summary>The ray through a framebuffer pixel (HUD coordinates) into the 3D view.</summary>
    internal (Vector3 Origin, Vector3 Direction) MouseRay(Vector2 pixel)
    {
        var view = Layout.View;
        return _camera.RayThrough(pixel.X - view.Left, pixel.Y - view.Top, Math.Max(1, (int)view.Width), Math.Max(1, (int)view.Height));
    }

    public void OnMouseMove(double x, double y) => Controls.OnMouseMove(x, y);

    public void OnMouseButton(MouseButton button, bool pressed, int modifiers) => Controls.OnMouseButton(button, pressed, modifiers);

    public void OnScroll(double dx, double dy)
    {
        Controls.OnScroll(dx, dy);
        _hudDirty = true;
    }

    public void OnKey(int key, bool pressed, bool repeat, int modifiers) => Controls.OnKey(key, pressed, modifiers);
}
