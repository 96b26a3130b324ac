using System.Numerics;

namespace Simulator.Anatomy.Tests;

/// <summary>Known trajectories built from the model's own published data (what <c>simulator anatomy --json</c> prints).</summary>
public class TrajectoryAnalysisTests
{
    private static readonly Pelvis P = Pelvis.Build();

    [Theory]
    [InlineData("s1-left")]
    [InlineData("s2-left")]
    [InlineData("s1-right")]
    [InlineData("s2-right")]
    public void A_pin_along_a_published_corridor_is_safe_and_on_plan(string name)
    {
        var corridor = P.Corridor(name);
        var f = TrajectoryAnalysis.Analyse(P, corridor.EntryMm, corridor.EntryMm + corridor.Axis * 65f);
        Assert.Empty(f.Breaches);
        Assert.True(f.BonePathPercent >= 90, $"{f.BonePathPercent}% in bone");
        Assert.True(f.ForamenClearanceMm >= 5, $"clearance {f.ForamenClearanceMm}");
        Assert.InRange(f.DepthMm, 64.9, 65.1);
        Assert.True(f.AngleDeg < 10);
    }

    [Fact]
    public void Every_planned_implant_path_is_safe_spread_and_parallel_enough()
    {
        foreach (var plan in P.PlannedImplants)
        {
            var f = TrajectoryAnalysis.Analyse(P, plan.EntryMm, plan.EntryMm + plan.Axis * 65f);
            Assert.Empty(f.Breaches);
            Assert.True(f.BonePathPercent >= 90, $"{plan.Name}: {f.BonePathPercent}% in bone");
            Assert.Equal(plan, f.Plan);
            Assert.Equal(0, f.EntryOffsetMm, 3);
        }

        var left = P.PlannedImplants.Where(p => p.Name.EndsWith("left", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < left.Count; i++)
        {
            for (var j = i + 1; j < left.Count; j++)
            {
                Assert.True(Geometry.SegmentSegmentDistance(left[i].EntryMm, left[i].TargetMm, left[j].EntryMm, left[j].TargetMm) >= 15f,
                    $"{left[i].Name} and {left[j].Name} closer than 15 mm");
            }
        }
    }

    [Fact]
    public void A_pin_through_the_s1_foramen_breaches_the_s1_root()
    {
        var entry = P.Corridor("s1-left").EntryMm;
        var foramen = P.Landmark("s1-foramen-left").PointMm;
        var f = TrajectoryAnalysis.Analyse(P, entry, foramen);
        Assert.Contains(f.Breaches, d => d.Name == "s1-root-left");
        Assert.True(f.ForamenClearanceMm < 0);
        Assert.Contains("S1 foramen", f.Breaches.First(d => d.Name == "s1-root-left").PlainLanguage);
    }

    [Fact]
    public void A_pin_out_through_the_front_of_the_ala_breaches_the_l5_root()
    {
        var entry = P.Corridor("s1-left").EntryMm;
        var root = P.Dangers.Single(d => d.Name == "l5-root-left");
        var onRoot = Vector3.Lerp(root.A, root.B, 0.5f);
        var f = TrajectoryAnalysis.Analyse(P, entry, onRoot);
        Assert.Contains(f.Breaches, d => d.Name == "l5-root-left");
        Assert.Contains("L5 nerve root", f.Breaches.First(d => d.Name == "l5-root-left").PlainLanguage);
    }

    [Fact]
    public void A_pin_past_the_front_of_the_s1_body_breaches_the_anterior_cortex()
    {
        var corridor = P.Corridor("s1-left");
        var front = SacralFrames.Point(14, 0, 0, 22);
        var f = TrajectoryAnalysis.Analyse(P, corridor.EntryMm, front);
        Assert.Contains(f.Breaches, d => d.Name == "anterior-sacral-cortex-s1");
    }

    [Fact]
    public void The_bone_path_share_is_the_share_of_millimetre_samples_in_bone_outside_the_joint_gap_for_any_pin()
    {
        var rng = new Random(7);
        for (var n = 0; n < 40; n++)
        {
            var plan = P.PlannedImplants[rng.Next(P.PlannedImplants.Count)];
            var entry = plan.EntryMm + new Vector3(rng.NextSingle() * 30 - 15, rng.NextSingle() * 30 - 15, rng.NextSingle() * 30 - 15);
            var tip = plan.TargetMm + new Vector3(rng.NextSingle() * 40 - 20, rng.NextSingle() * 40 - 20, rng.NextSingle() * 40 - 20);
            var f = TrajectoryAnalysis.Analyse(P, entry, tip);

            var depth = (tip - entry).Length();
            var axis = (tip - entry) / depth;
            var samples = 0;
            var inBone = 0;
            for (var t = 2f; t <= depth; t += 1f)
            {
                var p = entry + axis * t;
                if (MathF.Abs(PelvisShape.JointSide(p)) >= PelvisShape.JointHalfGap + 1.5f)
                {
                    samples++;
                    inBone += P.IsInBone(p) ? 1 : 0;
                }
            }

            Assert.Equal(samples == 0 ? 100.0 : Math.Round(100.0 * inBone / samples, 1), f.BonePathPercent);
        }
    }
}
