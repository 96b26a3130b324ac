using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>A key pressed with its modifiers (GLFW codes).</summary>
public readonly record struct KeyPress(int Key, int Modifiers)
{
    public bool Ctrl => (Modifiers & Keys.ModControl) != 0;

    public bool Shift => (Modifiers & Keys.ModShift) != 0;

    /// <summary>How far one press moves a setting: 1, or 5 with Shift.</summary>
    public int Step => Shift ? 5 : 1;
}
