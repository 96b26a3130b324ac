using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.Tests.Window;

/// <summary>What events put in the scene: a script, a replay and a live session show the same marks, bleeders, window, curettage, graft and block.</summary>
public class OpenVisualsTests
{
    private static readonly Lazy<Scenario> Open = new(() => ScenarioLoader.LoadText(OpenGestureTests.ScenarioYaml, "open-hands.yaml").ValueOrThrow());

    private static Measurement Vec(Vector3 v) => Measurement.Of(new double[] { v.X, v.Y, v.Z });

    private static Measurement Flat(IEnumerable<Vector3> points) => Measurement.Of(points.SelectMany(p => new double[] { p.X, p.Y, p.Z }).ToArray());

    private static AttemptEvent Event(string id, double at, params (string Key, Measurement Value)[] with) =>
        new(id, at, with.ToDictionary(w => w.Key, w => w.Value));

    [Fact]
    public void Events_with_raw_geometry_set_the_open_visuals()
    {
        var pelvis = Pelvis.Build();
        var plan = OpenApproach.WindowPlan(pelvis);
        var bleeders = OpenApproach.Bleeders(pelvis);
        var psis = IncisionPlan.SkinPoint(pelvis, "psis");
        var builder = new VisualsBuilder(Open.Value, pelvis);
        var visuals = new ProcedureVisuals();
        var events = new[]
        {
            Event("landmarks", 10, ("at", Vec(psis))),
            Event("expose", 20),
            Event("haemostasis", 30, ("path", Flat(bleeders.Take(3)))),
            Event("iliac-window", 40, ("start", Vec(plan.At(-12, -8))), ("end", Vec(plan.At(14, 9)))),
            Event("joint-preparation", 50, ("path", Flat(new[] { plan.At(-10, 0), plan.At(10, 0) }))),
            Event("bone-graft", 60, ("at", Vec(plan.At(1, 2)))),
            Event("replace-block", 70, ("at", Vec(plan.Centre)), ("countersink_mm", Measurement.Of(3.5))),
        };

        builder.Build(visuals, events);

        var open = visuals.Open;
        Assert.Equal(psis, Assert.Single(open.Marks));
        Assert.True(visuals.Dissected);
        Assert.Equal(new[] { true, true, true, false, false }, open.Bleeders.Select(b => b.Sealed));
        var window = open.Window!.Value;
        Assert.Equal(26, window.LengthMm, 0.01);
        Assert.Equal(17, window.WidthMm, 0.01);
        Assert.Equal(0, Vector3.Distance(plan.At(1, 0.5f), window.Centre), 0.01);
        Assert.InRange(window.DepthMm, 15, 25);
        Assert.Equal(2, Assert.Single(open.Strokes).Length);
        Assert.Equal(plan.At(1, 2), open.GraftMm);
        Assert.Equal(plan.Centre, open.BlockMm);
        Assert.Equal(3.5f, open.BlockCountersinkMm);
        Assert.Equal(plan.LengthMm, open.Plan!.Value.LengthMm);
        Assert.Single(open.PlannedMarks);

        // Building again from nothing forgets it all but the patient's own: the plan and the (unsealed) bleeders.
        builder.Build(visuals, Array.Empty<AttemptEvent>());
        Assert.Empty(open.Marks);
        Assert.Null(open.Window);
        Assert.Null(open.BlockMm);
        Assert.Equal(5, open.Bleeders.Count);
        Assert.DoesNotContain(open.Bleeders, b => b.Sealed);
        Assert.NotNull(open.Plan);
    }

    [Fact]
    public void A_live_session_shows_what_its_recorded_events_rebuild()
    {
        var (t, _, _) = OpenGestureTests.Table();
        var plan = t.WindowPlan!;
        t.Mark(IncisionPlan.SkinPoint(t.Pelvis, "psis") + new Vector3(2, 0, 3));
        t.InciseAt(t.SkinPoint);
        t.Dissect();
        t.Coagulate(OpenApproach.Bleeders(t.Pelvis).Skip(1).ToList());
        t.CutWindow(plan.At(-15, -10), plan.At(15, 10));
        t.Curette(new[] { plan.At(-12, -5), plan.At(12, -5), plan.At(12, 5) });
        t.CountersinkMm = 4;
        t.SetBlock(plan.At(2, 1));

        var rebuilt = new ProcedureVisuals();
        new VisualsBuilder(t.Session.Scenario, t.Pelvis).Build(rebuilt, t.Session.Recorded.Where(v => v.Performed).Select(v => v.Event));

        var (live, again) = (t.Visuals.Open, rebuilt.Open);
        Assert.Equal(live.Marks, again.Marks);
        Assert.Equal(live.Bleeders, again.Bleeders);
        Assert.Equal(4, live.Bleeders.Count(b => b.Sealed));
        Assert.Equal(live.Window, again.Window);
        Assert.Equal(live.Strokes.Single(), again.Strokes.Single());
        Assert.Equal(live.BlockMm, again.BlockMm);
        Assert.Equal(4f, again.BlockCountersinkMm);
    }

    [Fact]
    public void A_scenario_without_an_open_approach_has_no_window_plan_and_no_bleeders()
    {
        var mis = App.Cli.ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var visuals = new ProcedureVisuals();
        new VisualsBuilder(mis, Pelvis.Build()).Build(visuals, Array.Empty<AttemptEvent>());
        Assert.Null(visuals.Open.Plan);
        Assert.Empty(visuals.Open.Bleeders);
    }
}
