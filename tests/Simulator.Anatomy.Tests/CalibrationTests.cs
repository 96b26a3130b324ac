using System.Numerics;

namespace Simulator.Anatomy.Tests;

/// <summary>The model against the published figures in docs/clinical-basis.md.</summary>
public class CalibrationTests
{
    private static readonly Pelvis P = Pelvis.Build();

    [Fact]
    public void The_si_joint_lies_21_to_31_degrees_to_the_median_plane()
    {
        // Kułakowski 2023: 31.4° (upper), 26.6° (middle), 21.3° (lower) on CT.
        var tangent = new Vector2(-PelvisShape.JointNormal.Y, PelvisShape.JointNormal.X);
        var toMedian = MathF.Atan2(MathF.Abs(tangent.X), MathF.Abs(tangent.Y)) * 180f / MathF.PI;
        Assert.InRange(toMedian, 21f, 31f);
    }

    [Fact]
    public void Every_planned_implant_crosses_15_to_30_mm_of_ilium_and_reaches_15_mm_into_the_sacrum()
    {
        Assert.Equal(6, P.PlannedImplants.Count);
        foreach (var plan in P.PlannedImplants)
        {
            Assert.InRange(plan.IliumMm, 15f, 30f);
            Assert.True(plan.SacrumMm >= 15f, $"{plan.Name}: {plan.SacrumMm:0.0} mm in the sacrum");
            Assert.InRange(plan.ImplantLengthMm, 30, 70);
            Assert.Equal(0, plan.ImplantLengthMm % 5);
            Assert.InRange(PlannedTrajectory.ProudMm, 0f, 5f);

            // The joint crossing is where the axis meets the published joint plane of its side.
            var joint = P.Joints.Single(j => plan.Name.EndsWith(j.Name[3..], StringComparison.Ordinal));
            var along = Vector3.Dot(joint.PointMm - plan.EntryMm, joint.Normal) / Vector3.Dot(plan.Axis, joint.Normal);
            Assert.Equal(plan.IliumMm, along, 0.05f);

            // Outer table to joint is bone; the sacral part of the implant is bone.
            var outer = TrajectoryAnalysis.AnalyseImplant(P, plan.EntryMm, plan.TargetMm, plan.ImplantLengthMm, plan.LengthMm - PlannedTrajectory.PinBeyondImplantMm);
            Assert.Equal(plan.SacrumMm, outer.SacralPurchaseMm, 0.1);
            Assert.True(P.IsInBone(plan.EntryMm + plan.Axis * (plan.IliumMm / 2)), $"{plan.Name}: ilium not bone half way to the joint");
            Assert.Equal("sacrum", P.StructureAt(plan.ImplantTipMm));
        }
    }

    [Fact]
    public void The_joint_normals_point_laterally_and_are_unit_vectors()
    {
        foreach (var (name, point, normal) in P.Joints)
        {
            Assert.Equal(1f, normal.Length(), 0.001f);
            Assert.True(normal.X * point.X > 0, $"{name}: normal should point away from the midline");
            Assert.Equal(0f, PelvisShape.JointSide(point), 0.01f);
        }
    }

    [Fact]
    public void A_30_mm_implant_over_the_first_plan_stops_short_of_10_mm_in_the_sacrum()
    {
        var plan = P.PlannedImplants.First(p => p.Name == "implant-1-left");
        var f = TrajectoryAnalysis.AnalyseImplant(P, plan.EntryMm, plan.TargetMm, 30, plan.LengthMm - PlannedTrajectory.PinBeyondImplantMm);
        Assert.True(f.SacralPurchaseMm < 10, $"{f.SacralPurchaseMm} mm");
        Assert.Equal(0, f.ProudMm);
    }

    [Fact]
    public void An_implant_longer_than_the_drilled_channel_stands_proud_by_the_difference()
    {
        var plan = P.PlannedImplants.First(p => p.Name == "implant-2-left");
        var channel = plan.LengthMm - PlannedTrajectory.PinBeyondImplantMm;
        var f = TrajectoryAnalysis.AnalyseImplant(P, plan.EntryMm, plan.TargetMm, channel + 8, channel);
        Assert.Equal(8, f.ProudMm, 1);
    }

    [Fact]
    public void A_pin_that_never_reaches_the_joint_has_negative_purchase()
    {
        var plan = P.PlannedImplants.First(p => p.Name == "implant-3-left");
        var f = TrajectoryAnalysis.AnalyseImplant(P, plan.EntryMm, plan.EntryMm + plan.Axis * 12f, 12, 12);
        Assert.True(f.SacralPurchaseMm < 0);
    }

    [Fact]
    public void The_superior_gluteal_nerve_runs_with_the_artery_at_the_notch()
    {
        foreach (var side in new[] { "left", "right" })
        {
            var artery = P.Dangers.Single(d => d.Name == $"superior-gluteal-artery-{side}");
            var nerve = P.Dangers.Single(d => d.Name == $"superior-gluteal-nerve-{side}");
            Assert.Equal(DangerKind.Nerve, nerve.Kind);
            Assert.True(Geometry.SegmentSegmentDistance(artery.A, artery.B, nerve.A, nerve.B) < 10f);
            var notch = P.Landmark($"greater-sciatic-notch-{side}").PointMm;
            Assert.True(Geometry.DistanceToSegment(notch, nerve.A, nerve.B) < 30f);
        }
    }

    [Fact]
    public void The_internal_iliac_vessels_lie_in_front_of_the_joint_and_the_ala_outside_bone()
    {
        foreach (var side in new[] { "left", "right" })
        {
            var vessels = P.Dangers.Single(d => d.Name == $"internal-iliac-vessels-{side}");
            var joint = P.Landmark($"si-joint-{side}").PointMm;
            Assert.True(MathF.Max(vessels.A.Y, vessels.B.Y) < joint.Y - 10f, "the vessels should be anterior to the joint");
            for (var t = 0f; t <= 1f; t += 0.1f)
            {
                Assert.False(P.IsInBone(Vector3.Lerp(vessels.A, vessels.B, t)));
            }
        }
    }

    [Fact]
    public void A_pin_leaving_the_front_of_the_joint_away_from_every_capsule_is_still_a_breach()
    {
        // Aimed 35° forward of the plan, in the plane of the joint's cross-section: out of the bone in front of the joint.
        var plan = P.PlannedImplants.First(p => p.Name == "implant-2-left");
        var forward = Vector3.Normalize(plan.Axis + new Vector3(0, -0.7f, 0));
        var tip = plan.EntryMm + forward * 45f;
        var f = TrajectoryAnalysis.Analyse(P, plan.EntryMm, tip);
        var exit = Assert.Single(f.Breaches, d => d.Kind == DangerKind.BoneExit);
        Assert.StartsWith("front-cortex-left", exit.Name, StringComparison.Ordinal);
        Assert.Contains("front of the sacral ala or the SI joint", exit.PlainLanguage);
    }

    [Fact]
    public void A_pin_on_the_plan_leaves_no_bone_and_breaches_nothing()
    {
        foreach (var plan in P.PlannedImplants)
        {
            Assert.Empty(TrajectoryAnalysis.Analyse(P, plan.EntryMm, plan.TargetMm).Breaches);
        }
    }
}
