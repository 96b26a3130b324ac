using System.Numerics;
using Simulator.Anatomy;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The technique measurements the window takes from what the trainee did in 3D (mm and degrees).</summary>
/// <remarks>Pure geometry, so every interaction's numbers are unit-tested without a display.</remarks>
public static class Measure
{
    /// <summary>Length of an incision dragged from <paramref name="start"/> to <paramref name="end"/> on the skin.</summary>
    public static double IncisionLengthMm(Vector3 start, Vector3 end) => Vector3.Distance(start, end);

    /// <summary>How far the docked pin is from the planned entry point.</summary>
    public static double EntryOffsetMm(Vector3 entry, Vector3 plannedEntry) => Vector3.Distance(entry, plannedEntry);

    public static double DepthMm(Vector3 entry, Vector3 tip) => Vector3.Distance(entry, tip);

    /// <summary>Clearance between the pin (entry → tip) and the nearest S1/S2 foramen, surface to surface; negative when inside.</summary>
    public static double ForamenClearanceMm(Pelvis pelvis, Vector3 entry, Vector3 tip) => TrajectoryAnalysis.ForamenClearanceMm(pelvis, entry, tip);

    /// <summary>How far the drill stopped short of the pin tip (negative: it went past).</summary>
    public static double ShortOfPinTipMm(double pinDepthMm, double drillDepthMm) => pinDepthMm - drillDepthMm;

    /// <summary>Smallest distance between any two placed implants' axes (0 with fewer than two).</summary>
    public static double ImplantSpacingMm(IReadOnlyList<ImplantSlot> slots)
    {
        var placed = slots.Where(s => s.Stage >= SlotStage.Implanted).ToList();
        if (placed.Count < 2)
        {
            return 0;
        }

        var best = double.MaxValue;
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                best = Math.Min(best, Geometry.SegmentSegmentDistance(
                    placed[i].ImplantHeadMm, placed[i].ImplantTipMm, placed[j].ImplantHeadMm, placed[j].ImplantTipMm));
            }
        }

        return best;
    }

    /// <summary>
    /// How far apart the two greater sciatic notches appear on a shot from <paramref name="pose"/>, in mm at the
    /// isocentre plane: each landmark projected through the shot camera. A true lateral superimposes them.
    /// </summary>
    public static double NotchOffsetMm(Pelvis pelvis, CArmPose pose) => Vector2.Distance(
        pose.Project(pelvis.Landmark("greater-sciatic-notch-left").PointMm),
        pose.Project(pelvis.Landmark("greater-sciatic-notch-right").PointMm));

    /// <summary>The beam's tilt as the <paramref name="view"/> counts it: caudal for the inlet, cranial for the outlet, either otherwise.</summary>
    public static double TiltDeg(CArmPose pose, string view) => view switch
    {
        "inlet" => pose.TiltDeg,
        "outlet" => -pose.TiltDeg,
        _ => Math.Abs(pose.TiltDeg),
    };
}
