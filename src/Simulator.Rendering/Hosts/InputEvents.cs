namespace Simulator.Rendering.Hosts;

/// <summary>Mouse buttons as GLFW numbers them.</summary>
public enum MouseButton
{
    Left = 0,
    Right = 1,
    Middle = 2,
}

/// <summary>Receives window input on the GL thread, in window coordinates (pixels, origin top-left).</summary>
/// <remarks>Key codes are GLFW key codes (printable keys are their upper-case ASCII codes; see <see cref="Keys"/>).</remarks>
public interface IInputHandler
{
    void OnMouseMove(double x, double y);

    void OnMouseButton(MouseButton button, bool pressed, int modifiers);

    void OnScroll(double dx, double dy);

    void OnKey(int key, bool pressed, bool repeat, int modifiers);

    /// <summary>A character typed (a Unicode code point, after the keyboard layout and Shift), for text fields.</summary>
    void OnChar(uint codepoint)
    {
    }
}
