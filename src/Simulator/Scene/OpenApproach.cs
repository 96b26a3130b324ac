using System.Numerics;
using Simulator.Anatomy;

namespace Simulator.App.Scene;

/// <summary>
/// The open (Smith-Petersen transiliac) approach on the operative (left) side: the planned iliac window, the bleeding points of
/// the exposed outer table, and the figures the judge takes from the trainee's gestures (window outline, curette and bipolar
/// strokes, graft and block).
/// </summary>
/// <remarks>
/// Model choices, listed in <c>docs/clinical-basis.md</c>: the window is planned 30 mm along the joint and 20 mm across it (each
/// limb of the joint is about 2 cm wide), centred on the outer table straight lateral (along the joint's normal) to the joint's
/// centre at the implants' level. Five bleeding points lie on the exposed outer table around it. A curette clears 4 mm either side
/// of its stroke, the bipolar seals a bleeder within 6 mm of its tips.
/// </remarks>
public static class OpenApproach
{
    public const float PlannedLengthMm = 30f;

    public const float PlannedWidthMm = 20f;

    /// <summary>Half the width of bone a curette stroke clears, mm (a 6–8 mm cup).</summary>
    public const float CuretteReachMm = 4f;

    /// <summary>How close the bipolar's tips must pass to a bleeder to seal it, mm.</summary>
    public const float BipolarReachMm = 6f;

    /// <summary>Grid step for measuring how much of the window a curette has cleared, mm.</summary>
    private const float CoverageStepMm = 1f;

    private static readonly Dictionary<Pelvis, (IliacWindow Plan, Vector3[] Bleeders)> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>The planned window on the outer table of the left ilium, over the joint.</summary>
    public static IliacWindow WindowPlan(Pelvis pelvis) => Planned(pelvis).Plan;

    /// <summary>Bleeding points on the exposed outer table (left side), in a fixed order.</summary>
    public static IReadOnlyList<Vector3> Bleeders(Pelvis pelvis) => Planned(pelvis).Bleeders;

    /// <summary>The point of the outer table straight out from <paramref name="inside"/> along <paramref name="outward"/> (bone only).</summary>
    public static Vector3 OuterTable(Pelvis pelvis, Vector3 inside, Vector3 outward)
    {
        var hit = pelvis.Pick(inside + outward * 150f, -outward);
        return hit?.Point ?? inside + outward * 22f;
    }

    /// <summary>How far the outlined window's centre lies from the planned window's centre, in the plane, mm.</summary>
    public static double CentreOffsetMm(IliacWindow plan, IliacWindow cut) => Math.Round(plan.Coordinates(cut.Centre).Length(), 1);

    /// <summary>The closest the outlined window's edge comes to the superior gluteal artery or nerve at the sciatic notch, mm (0 if it reaches them).</summary>
    public static double NotchMarginMm(Pelvis pelvis, IliacWindow cut)
    {
        var dangers = pelvis.Dangers.Where(d => d.Name is "superior-gluteal-artery-left" or "superior-gluteal-nerve-left").ToArray();
        var corners = cut.Corners();
        var best = float.MaxValue;
        for (var e = 0; e < 4; e++)
        {
            var (a, b) = (corners[e], corners[(e + 1) % 4]);
            for (var i = 0; i <= 20; i++)
            {
                var p = Vector3.Lerp(a, b, i / 20f);
                foreach (var d in dangers)
                {
                    best = MathF.Min(best, d.DistanceTo(p));
                }
            }
        }

        return Math.Round(Math.Max(0, best), 1);
    }

    /// <summary>
    /// Share of the window's floor (the joint surface it exposes) that curette strokes through <paramref name="path"/> clear, percent.
    /// A stroke is the polyline through the points; each clears <see cref="CuretteReachMm"/> either side.
    /// </summary>
    public static double ClearedPct(IliacWindow window, IReadOnlyList<Vector3> path)
    {
        if (path.Count == 0 || window.LengthMm < CoverageStepMm || window.WidthMm < CoverageStepMm)
        {
            return 0;
        }

        var points = path.Select(window.Coordinates).ToArray();
        int total = 0, cleared = 0;
        for (var u = -window.LengthMm / 2 + CoverageStepMm / 2; u < window.LengthMm / 2; u += CoverageStepMm)
        {
            for (var v = -window.WidthMm / 2 + CoverageStepMm / 2; v < window.WidthMm / 2; v += CoverageStepMm)
            {
                total++;
                if (Near(points, new Vector2(u, v), CuretteReachMm))
                {
                    cleared++;
                }
            }
        }

        return Math.Round(100.0 * cleared / total, 1);
    }

    /// <summary>Share of the bleeders that bipolar strokes through <paramref name="path"/> pass within reach of, percent.</summary>
    public static double SealedPct(Pelvis pelvis, IReadOnlyList<Vector3> path)
    {
        var bleeders = Bleeders(pelvis);
        var sealedCount = bleeders.Count(b => Sealed(b, path));
        return Math.Round(100.0 * sealedCount / bleeders.Count, 1);
    }

    /// <summary>True if the bipolar stroke <paramref name="path"/> passes within reach of <paramref name="bleeder"/>.</summary>
    public static bool Sealed(Vector3 bleeder, IReadOnlyList<Vector3> path)
    {
        if (path.Count == 1)
        {
            return Vector3.Distance(path[0], bleeder) <= BipolarReachMm;
        }

        for (var i = 1; i < path.Count; i++)
        {
            if (Geometry.DistanceToSegment(bleeder, path[i - 1], path[i]) <= BipolarReachMm)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far <paramref name="p"/> lies outside <paramref name="window"/> in its plane, mm (0 inside).</summary>
    public static double OutsideMm(IliacWindow window, Vector3 p)
    {
        var c = window.Coordinates(p);
        var du = MathF.Max(0, MathF.Abs(c.X) - window.LengthMm / 2);
        var dv = MathF.Max(0, MathF.Abs(c.Y) - window.WidthMm / 2);
        return Math.Round(MathF.Sqrt(du * du + dv * dv), 1);
    }

    /// <summary>A model curette pass over <paramref name="window"/>: back-and-forth strokes 6 mm apart covering its floor.</summary>
    public static List<Vector3> SweepOf(IliacWindow window)
    {
        var path = new List<Vector3>();
        var forward = true;
        for (var v = -window.WidthMm / 2 + 2; v <= window.WidthMm / 2 - 2 + 0.01f; v += Math.Max(1, (window.WidthMm - 4) / MathF.Ceiling((window.WidthMm - 4) / 6)))
        {
            var (from, to) = forward ? (-window.LengthMm / 2 + 2, window.LengthMm / 2 - 2) : (window.LengthMm / 2 - 2, -window.LengthMm / 2 + 2);
            path.Add(window.At(from, v));
            path.Add(window.At(to, v));
            forward = !forward;
        }

        return path;
    }

    private static bool Near(Vector2[] points, Vector2 q, float reach)
    {
        if (points.Length == 1)
        {
            return Vector2.Distance(points[0], q) <= reach;
        }

        for (var i = 1; i < points.Length; i++)
        {
            var a = points[i - 1];
            var ab = points[i] - a;
            var t = ab.LengthSquared() < 1e-6f ? 0 : Math.Clamp(Vector2.Dot(q - a, ab) / ab.LengthSquared(), 0, 1);
            if (Vector2.Distance(a + ab * t, q) <= reach)
            {
                return true;
            }
        }

        return false;
    }

    private static (IliacWindow Plan, Vector3[] Bleeders) Planned(Pelvis pelvis)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(pelvis, out var cached))
            {
                return cached;
            }

            var joint = pelvis.Joints.First(j => j.Name == "si-left");
            var normal = Vector3.Normalize(joint.Normal);
            var along = Vector3.UnitZ;
            var across = Vector3.Normalize(Vector3.Cross(normal, along));
            var centre = OuterTable(pelvis, joint.PointMm, normal);
            var plan = new IliacWindow(centre, normal, along, across, PlannedLengthMm, PlannedWidthMm);

            // Bleeders: around the window on the exposed outer table, and one at each end of the exposure.
            var bleeders = new[] { (18f, -6f), (-20f, 8f), (4f, 16f), (-8f, -16f), (30f, 12f) }
                .Select(o => OuterTable(pelvis, plan.At(o.Item1, o.Item2) - normal * 25f, normal))
                .ToArray();
            var result = (plan, bleeders);
            Cache[pelvis] = result;
            return result;
        }
    }
}
