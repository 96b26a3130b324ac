using System.Numerics;
using Simulator.Core.Attempts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The C-arm pose as an imaging event carries it in <c>with</c>: flat numbers and a vector, in the event vocabulary.</summary>
/// <remarks>
/// <c>carm_rotation_deg</c> and <c>carm_tilt_deg</c> are the C-arm's own scale (see <see cref="CArmPose"/>),
/// <c>carm_offset_mm</c> the isocentre's shift from home, <c>[x, y, z]</c> in patient mm (LPS). No step has targets
/// with these names: they say where each shot was taken from, so a replay shows the same image.
/// </remarks>
public static class CArmPoseLog
{
    public const string Rotation = "carm_rotation_deg";
    public const string Tilt = "carm_tilt_deg";
    public const string Offset = "carm_offset_mm";

    public static readonly IReadOnlySet<string> Names = new HashSet<string> { Rotation, Tilt, Offset };

    /// <summary>The pose as measurements: angles to 0.1°, the offset to 0.1 mm.</summary>
    public static IReadOnlyDictionary<string, Measurement> Of(CArmPose pose) => new Dictionary<string, Measurement>
    {
        [Rotation] = Measurement.Of(Math.Round(pose.RotationDeg, 1)),
        [Tilt] = Measurement.Of(Math.Round(pose.TiltDeg, 1)),
        [Offset] = Measurement.Of(new[] { Math.Round(pose.OffsetMm.X, 1), Math.Round(pose.OffsetMm.Y, 1), Math.Round(pose.OffsetMm.Z, 1) }),
    };

    /// <summary>The pose an event was shot from, or null if it does not carry both angles (the offset defaults to none).</summary>
    public static CArmPose? From(IReadOnlyDictionary<string, Measurement> with)
    {
        if (with.GetValueOrDefault(Rotation)?.Number is not { } rotation || with.GetValueOrDefault(Tilt)?.Number is not { } tilt)
        {
            return null;
        }

        var offset = with.GetValueOrDefault(Offset)?.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : Vector3.Zero;
        return new CArmPose((float)rotation, (float)tilt, offset);
    }
}
