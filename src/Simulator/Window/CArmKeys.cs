using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The arrow keys with the C-arm selected: rotate and tilt it, or with Ctrl move its isocentre.</summary>
public static class CArmKeys
{
    /// <summary>Isocentre shift per key press, mm (Shift: five times).</summary>
    public const float MoveStepMm = 5f;

    /// <summary>
    /// ← → rotate the C-arm 1° per <paramref name="step"/> about the long axis, ↑ ↓ tilt it (↑: the source cranially,
    /// toward the inlet); with <paramref name="control"/> they move the isocentre across the image instead.
    /// </summary>
    public static CArmPose Move(CArmPose pose, int key, int step, bool control)
    {
        var (right, up) = key switch
        {
            Keys.Left => (-1, 0),
            Keys.Right => (1, 0),
            Keys.Up => (0, 1),
            Keys.Down => (0, -1),
            _ => (0, 0),
        };
        if (control)
        {
            return pose.MovedOnImage(right * step * MoveStepMm, up * step * MoveStepMm);
        }

        return pose.Rotated(right * step).Tilted(up * step);
    }
}
