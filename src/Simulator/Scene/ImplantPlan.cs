using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Scene;

/// <summary>The planned trajectories of the three implants on the operative (left) side.</summary>
/// <remarks>
/// Following the lateral transiliac technique: implant 1 cephalad in S1, implant 2 caudal in S1
/// (toward the ventral cortex), implant 3 through the S2 corridor — spread as far apart as the
/// corridors allow. Derived from the anatomy's S1 and S2 corridors so the plan always lies in bone.
/// </remarks>
public static class ImplantPlan
{
    public const float S1SplitMm = 8f;

    public static (Vector3 Entry, Vector3 Tip)[] Trajectories(Pelvis pelvis)
    {
        var s1 = pelvis.Corridors.First(c => c.Name == "s1-left");
        var s2 = pelvis.Corridors.First(c => c.Name == "s2-left");
        // Split the S1 corridor along the direction toward S2 (cranial/caudal within the corridor).
        var towardS2 = s2.EntryMm - s1.EntryMm;
        var across = Vector3.Normalize(towardS2 - Vector3.Dot(towardS2, s1.Axis) * s1.Axis);
        var offset = across * S1SplitMm;
        return new[]
        {
            (s1.EntryMm - offset, s1.TargetMm - offset),
            (s1.EntryMm + offset, s1.TargetMm + offset),
            (s2.EntryMm, s2.TargetMm),
        };
    }
}
