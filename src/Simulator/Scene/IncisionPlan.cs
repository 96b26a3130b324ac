using System.Numerics;
using System.Runtime.CompilerServices;
using Simulator.Anatomy;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>Where an incision or a skin mark belongs: the skin over a step's <c>site</c> (see <see cref="StepActions.Sites"/>).</summary>
public static class IncisionPlan
{
    /// <summary>Skin points already found on each pelvis, by the ray cast for them (the sites and plans a process uses are few).</summary>
    private static readonly ConditionalWeakTable<Pelvis, BoundedMemo<(PointBits Inside, PointBits Outward), Vector3>> SkinPoints = new();

    /// <summary>The skin point over the middle of the first and last planned entries (mm, LPS): the MIS incision's place.</summary>
    public static Vector3 SkinPoint(Pelvis pelvis) => SkinPoint(pelvis, "");

    /// <summary>The skin point over <paramref name="site"/> ("" means <c>implant-entries</c>); <paramref name="slot"/> picks the entry for <c>implant-entry</c>.</summary>
    /// <param name="plan">The session's planned paths (null: the anatomy's own).</param>
    public static Vector3 SkinPoint(Pelvis pelvis, string site, int slot = 0, IReadOnlyList<PlannedTrajectory>? plan = null)
    {
        var (inside, outward) = Deep(pelvis, site, slot, plan);
        var memo = SkinPoints.GetValue(pelvis, _ => new BoundedMemo<(PointBits Inside, PointBits Outward), Vector3>(1024));
        return memo.GetOrAdd((PointBits.Of(inside), PointBits.Of(outward)), static (ray, p) => CastToSkin(p, ray.Inside.ToVector3(), ray.Outward.ToVector3()), pelvis);
    }

    /// <summary>Where a ray from outside the body down <paramref name="outward"/> onto <paramref name="inside"/> meets the skin.</summary>
    private static Vector3 CastToSkin(Pelvis pelvis, Vector3 inside, Vector3 outward)
    {
        var hit = pelvis.Pick(inside + outward * 300, -outward, includeSoftTissue: true);
        return hit?.Point ?? inside + outward * 40;
    }

    /// <summary>The bone point under <paramref name="site"/> and the direction the skin over it faces.</summary>
    public static (Vector3 Inside, Vector3 Outward) Deep(Pelvis pelvis, string site, int slot = 0, IReadOnlyList<PlannedTrajectory>? plan = null)
    {
        var entries = (plan ?? ImplantPlan.Planned(pelvis)).Select(p => p.EntryMm).ToArray();
        switch (site)
        {
            case "psis":
                return (pelvis.Landmark("psis-left").PointMm, Vector3.UnitY);
            case "iliac-window":
                var window = OpenApproach.WindowPlan(pelvis);
                return (window.Centre, window.Normal);
            case "implant-entry":
                return (entries[Math.Clamp(slot, 0, entries.Length - 1)], Outward(entries[0]));
            default:
                return ((entries[0] + entries[^1]) / 2, Outward(entries[0]));
        }
    }

    /// <summary>
    /// How far a mark or an incision's middle at <paramref name="point"/> lies from where <paramref name="site"/> puts it, mm. For
    /// <c>implant-entry</c> the distance is measured as the true lateral view shows it (in the sagittal plane), since the mark is
    /// made on that view; for the other sites it is the distance on the skin.
    /// </summary>
    public static double OffsetMm(Pelvis pelvis, string site, int slot, Vector3 point, IReadOnlyList<PlannedTrajectory>? plan = null)
    {
        var target = SkinPoint(pelvis, site, slot, plan);
        var d = point - target;
        var offset = site == "implant-entry" ? MathF.Sqrt(d.Y * d.Y + d.Z * d.Z) : d.Length();
        return Math.Round(offset, 1);
    }

    /// <summary>The incision's direction: along the line of the planned entries, or down the posterior crest over the window for the open sites.</summary>
    public static Vector3 Axis(Pelvis pelvis, string site = "", IReadOnlyList<PlannedTrajectory>? plan = null)
    {
        if (site is "psis" or "iliac-window")
        {
            // Along the posterior iliac crest and down over the outer ilium: from the PSIS toward the window.
            var from = SkinPoint(pelvis, "psis");
            var to = SkinPoint(pelvis, "iliac-window");
            return Vector3.Normalize(to - from);
        }

        var entries = (plan ?? ImplantPlan.Planned(pelvis)).Select(p => p.EntryMm).ToArray();
        // One entry: the incision runs head to foot over it.
        return entries.Length > 1 && Vector3.Distance(entries[^1], entries[0]) > 1f ? Vector3.Normalize(entries[^1] - entries[0]) : Vector3.UnitZ;
    }

    /// <summary>The skin over a lateral entry faces sideways: +x on the left, −x on the right.</summary>
    private static Vector3 Outward(Vector3 entry) => entry.X >= 0 ? Vector3.UnitX : -Vector3.UnitX;
}
