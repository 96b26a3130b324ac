using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Scene;

/// <summary>The planned implants on the operative (left) side, from the anatomy's plan, in implant order.</summary>
public static class ImplantPlan
{
    public static IReadOnlyList<PlannedTrajectory> Planned(Pelvis pelvis) => pelvis.PlannedImplants
        .Where(p => p.Name.EndsWith("-left", StringComparison.Ordinal))
        .ToArray();

    public static (Vector3 Entry, Vector3 Tip)[] Trajectories(Pelvis pelvis) => Planned(pelvis)
        .Select(p => (p.EntryMm, p.TargetMm))
        .ToArray();
}
