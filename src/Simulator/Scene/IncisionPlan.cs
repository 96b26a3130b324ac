using System.Numerics;
using Simulator.Anatomy;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>Where an incision or a skin mark belongs: the skin over a step's <c>site</c> (see <see cref="StepActions.Sites"/>).</summary>
public static class IncisionPlan
{
    /// <summary>The skin point over the middle of the first and last planned entries (mm, LPS): the MIS incision's place.</summary>
    public static Vector3 SkinPoint(Pelvis pelvis) => SkinPoint(pelvis, "");

    /// <summary>The skin point over <paramref name="site"/> ("" means <c>implant-entries</c>); <paramref name="slot"/> picks the entry for <c>implant-entry</c>.</summary>
    public static Vector3 SkinPoint(Pelvis pelvis, string site, int slot = 0)
    {
        var (inside, outward) = Deep(pelvis, site, slot);
        var hit = pelvis.Pick(inside + outward * 300, -outward, includeSoftTissue: true);
        return hit?.Point ?? inside + outward * 40;
    }

    /// <summary>The bone point under <paramref name="site"/> and the direction the skin over it faces.</summary>
    public static (Vector3 Inside, Vector3 Outward) Deep(Pelvis pelvis, string site, int slot = 0)
    {
        switch (site)
        {
            case "psis":
                return (pelvis.Landmark("psis-left").PointMm, Vector3.UnitY);
            case "iliac-window":
                var window = OpenApproach.WindowPlan(pelvis);
                return (window.Centre, window.Normal);
            case "implant-entry":
                var plan = ImplantPlan.Trajectories(pelvis);
                return (plan[Math.Clamp(slot, 0, plan.Length - 1)].Entry, Vector3.UnitX);
            default:
                var entries = ImplantPlan.Trajectories(pelvis);
                return ((entries[0].Entry + entries[^1].Entry) / 2, Vector3.UnitX);
        }
    }

    /// <summary>
    /// How far a mark or an incision's middle at <paramref name="point"/> lies from where <paramref name="site"/> puts it, mm. For
    /// <c>implant-entry</c> the distance is measured as the true lateral view shows it (in the sagittal plane), since the mark is
    /// made on that view; for the other sites it is the distance on the skin.
    /// </summary>
    public static double OffsetMm(Pelvis pelvis, string site, int slot, Vector3 point)
    {
        var target = SkinPoint(pelvis, site, slot);
        var d = point - target;
        var offset = site == "implant-entry" ? MathF.Sqrt(d.Y * d.Y + d.Z * d.Z) : d.Length();
        return Math.Round(offset, 1);
    }

    /// <summary>The incision's direction: along the line of the planned entries, or down the posterior crest over the window for the open sites.</summary>
    public static Vector3 Axis(Pelvis pelvis, string site = "")
    {
        if (site is "psis" or "iliac-window")
        {
            // Along the posterior iliac crest and down over the outer ilium: from the PSIS toward the window.
            var from = SkinPoint(pelvis, "psis");
            var to = SkinPoint(pelvis, "iliac-window");
            return Vector3.Normalize(to - from);
        }

        var plan = ImplantPlan.Trajectories(pelvis);
        return Vector3.Normalize(plan[^1].Entry - plan[0].Entry);
    }
}
