using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Scene;

/// <summary>Where the MIS incision belongs: on the skin straight lateral to the middle of the planned entry points, in line with them.</summary>
public static class IncisionPlan
{
    /// <summary>The skin point over the middle of the first and last planned entries (mm, LPS).</summary>
    public static Vector3 SkinPoint(Pelvis pelvis)
    {
        var plan = ImplantPlan.Trajectories(pelvis);
        var middle = (plan[0].Entry + plan[^1].Entry) / 2;
        var hit = pelvis.Pick(middle + new Vector3(300, 0, 0), -Vector3.UnitX, includeSoftTissue: true);
        return hit?.Point ?? middle + new Vector3(40, 0, 0);
    }

    /// <summary>The incision's direction: along the line of the planned entries.</summary>
    public static Vector3 Axis(Pelvis pelvis)
    {
        var plan = ImplantPlan.Trajectories(pelvis);
        return Vector3.Normalize(plan[^1].Entry - plan[0].Entry);
    }
}
