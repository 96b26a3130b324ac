using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Scene;

/// <summary>The planned trajectories of the three implants on the operative (left) side, from the anatomy's plan.</summary>
public static class ImplantPlan
{
    public static (Vector3 Entry, Vector3 Tip)[] Trajectories(Pelvis pelvis) => pelvis.PlannedImplants
        .Where(p => p.Name.EndsWith("-left", StringComparison.Ordinal))
        .Select(p => (p.EntryMm, p.TargetMm))
        .ToArray();
}
