using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Tests.Cli;

/// <summary>The open approach's hands judged from their geometry: the window, the curette, the bipolar, graft, block and marks.</summary>
public class OpenApproachJudgeTests
{
    private static readonly Pelvis Pelvis = Pelvis.Build();

    private static readonly IliacWindow Plan = OpenApproach.WindowPlan(Pelvis);

    private static Core.Scenarios.Scenario Scenario(string id) => App.Cli.ScenarioLocator.Load(RepoPaths.Scenario(id));

    private static ScoreResult Score(Core.Scenarios.Scenario scenario, IEnumerable<AttemptEvent> events) =>
        Scorer.Score(scenario, events.ToList(), Mode.Assessment, AnatomyJudge.Shared);

    private static Measurement Vec(Vector3 v) => Measurement.Of(new double[] { v.X, v.Y, v.Z });

    private static Measurement Flat(IEnumerable<Vector3> points) => Measurement.Of(points.SelectMany(p => new double[] { p.X, p.Y, p.Z }).ToArray());

    /// <summary>The model attempt with the event of <paramref name="id"/> given new raw geometry.</summary>
    private static List<AttemptEvent> ModelWith(Core.Scenarios.Scenario scenario, string id, Dictionary<string, Measurement> with)
    {
        var events = ReferenceAttempt.Events(scenario, Pelvis);
        var i = events.FindIndex(e => e.Do == id);
        var merged = new Dictionary<string, Measurement>(events[i].With);
        foreach (var (k, v) in with)
        {
            merged[k] = v;
        }

        events[i] = events[i] with { With = merged };
        return events;
    }

    private static TechniqueEntry Entry(ScoreResult r, string measurement) => r.Technique.First(t => t.Measurement == measurement);

    [Fact]
    public void The_planned_window_lies_on_the_outer_table_straight_out_from_the_joint_and_clear_of_the_notch()
    {
        Assert.InRange(Pelvis.BoneDistance(Plan.Centre), -0.5f, 0.5f);
        var joint = Pelvis.Joints.First(j => j.Name == "si-left");
        var outward = Vector3.Dot(Plan.Centre - joint.PointMm, Vector3.Normalize(joint.Normal));
        Assert.InRange(outward, 18f, 26f); // joint half-gap plus the 20 mm posterior ilium
        Assert.True(OpenApproach.NotchMarginMm(Pelvis, Plan) >= 20);
        Assert.All(OpenApproach.Bleeders(Pelvis), b => Assert.InRange(Pelvis.BoneDistance(b), -0.5f, 0.5f));
    }

    [Fact]
    public void The_model_attempt_scores_100_with_its_window_on_the_plan_every_bleeder_sealed_and_the_floor_cleared()
    {
        var r = Score(Scenario("si-joint-fusion-open"), ReferenceAttempt.Events(Scenario("si-joint-fusion-open"), Pelvis));

        Assert.Equal(100, r.Total);
        Assert.Equal(20, Entry(r, "width_mm").Value!.Value, 1);
        Assert.Equal(30, Entry(r, "length_along_joint_mm").Value!.Value, 1);
        Assert.Equal(0, Entry(r, "window_offset_mm").Value!.Value, 1);
        Assert.Equal(100, Entry(r, "bleeders_sealed_pct").Value);
        Assert.True(Entry(r, "cartilage_removed_pct").Value >= 95);
        Assert.Equal(0, Entry(r, "mark_offset_mm").Value!.Value, 1);
        Assert.Equal(0, Entry(r, "incision_offset_mm").Value!.Value, 1);
        Assert.Equal(0, Entry(r, "block_outside_window_mm").Value);
    }

    [Fact]
    public void A_window_outlined_down_toward_the_sciatic_notch_is_a_critical_error()
    {
        var scenario = Scenario("si-joint-fusion-open");
        var low = Plan with { Centre = Plan.At(-22, 0) };
        var corners = low.Corners();

        var r = Score(scenario, ModelWith(scenario, "iliac-window", new() { ["start"] = Vec(corners[0]), ["end"] = Vec(corners[2]) }));

        Assert.False(r.Passed);
        Assert.True(Entry(r, "notch_margin_mm").Value < 10);
        Assert.Contains(r.CriticalErrors, c => c.Id == "iliac-window" && c.Kind == "critical_target");
        Assert.Equal(22, Entry(r, "window_offset_mm").Value!.Value, 0.5);
    }

    [Fact]
    public void A_curette_that_scrapes_only_half_the_window_leaves_cartilage_and_loses_technique_points()
    {
        var scenario = Scenario("si-joint-fusion-open");
        var half = OpenApproach.SweepOf(Plan).Where(p => Plan.Coordinates(p).Y < 0).ToList();

        var r = Score(scenario, ModelWith(scenario, "joint-preparation", new() { ["path"] = Flat(half) }));

        var entry = Entry(r, "cartilage_removed_pct");
        Assert.InRange(entry.Value!.Value, 30, 70);
        Assert.False(entry.Within);
        Assert.True(r.Total < 100);
        Assert.Contains(r.Deductions, d => d.Reason.Contains("cartilage_removed_pct", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bipolar_stroke_that_misses_two_bleeders_seals_60_percent()
    {
        var bleeders = OpenApproach.Bleeders(Pelvis);

        Assert.Equal(60, OpenApproach.SealedPct(Pelvis, bleeders.Take(3).ToList()));
        Assert.Equal(0, OpenApproach.SealedPct(Pelvis, new[] { Plan.Centre + Plan.Normal * 50 }));
        Assert.True(OpenApproach.Sealed(bleeders[0], new[] { bleeders[0] + Plan.Along * 5 }));
        Assert.False(OpenApproach.Sealed(bleeders[0], new[] { bleeders[0] + Plan.Along * 7 }));
    }

    [Fact]
    public void A_block_tapped_in_beside_its_window_is_measured_outside_it()
    {
        var scenario = Scenario("si-joint-fusion-open");

        var r = Score(scenario, ModelWith(scenario, "replace-block", new() { ["at"] = Vec(Plan.At(0, Plan.WidthMm / 2 + 8)) }));

        Assert.Equal(8, Entry(r, "block_outside_window_mm").Value!.Value, 0.5);
        Assert.False(Entry(r, "block_outside_window_mm").Within);
    }

    [Fact]
    public void An_mis_entry_mark_is_judged_against_its_own_planned_entry_as_the_lateral_view_shows_it()
    {
        var scenario = Scenario("si-joint-fusion-mis");
        var events = ReferenceAttempt.Events(scenario, Pelvis);
        var marks = events.Select((e, i) => (e, i)).Where(x => x.e.Do == "entry-marks").Select(x => x.i).ToList();
        Assert.Equal(3, marks.Count);
        // The second mark 12 mm too high, and pushed 30 mm deeper: depth does not show on a lateral view.
        var second = IncisionPlan.SkinPoint(Pelvis, "implant-entry", 1) + new Vector3(-30, 0, 12);
        events[marks[1]] = events[marks[1]] with { With = new Dictionary<string, Measurement> { ["at"] = Vec(second) } };

        var r = Score(scenario, events);

        var offsets = r.Technique.Where(t => t.Measurement == "mark_offset_mm").OrderBy(t => t.Occurrence).ToList();
        Assert.Equal(new[] { 0.0, 12.0, 0.0 }, offsets.Select(t => Math.Round(t.Value!.Value)));
        Assert.False(offsets[1].Within);
    }
}
