using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Reports;
using Simulator.App.Scene;
using Simulator.Rendering.Scene;

namespace Simulator.EndToEnd.Tests;

[Collection("gl")]
public class FluoroTests
{
    private const int Size = 320;

    public static TheoryData<string> Views() => new() { "lateral", "ap", "inlet", "outlet" };

    [Theory]
    [MemberData(nameof(Views))]
    public void Fluoro_view_with_pins_and_implants_matches_the_golden_image(string name)
    {
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        var view = Enum.Parse<CameraView>(name, ignoreCase: true);
        var events = ReferenceAttempt.Until(scenario, "pin-advance#3");
        var actual = FinalViews.RenderFluoro(scenario, events, new[] { view }, Size, Size, showPlan: false).Single().Rgba;

        GoldenImage.AssertMatches("fluoro", name, actual, Size, Size);
    }

    [Fact]
    public void The_outlet_view_shows_the_s1_foramina_darker_than_the_bone_beside_them_and_metal_brightest()
    {
        var pelvis = Pelvis.Build();
        using var renderer = new OffscreenRenderer(Size, Size, pelvis);
        var visuals = new ProcedureVisuals();
        var plan = pelvis.PlannedImplants[0];
        visuals.Slots[0] = new ImplantSlot { EntryMm = plan.EntryMm, TipMm = plan.EntryMm + plan.Axis * 65, Stage = SlotStage.PinAdvanced };
        renderer.Scene.Apply(visuals);
        var image = renderer.RenderFluoro(CameraView.Outlet);

        int Grey(Vector3 world)
        {
            var clip = Vector4.Transform(new Vector4(world, 1), renderer.Camera.View * renderer.Camera.Projection(1f));
            var x = (int)((clip.X / clip.W * 0.5f + 0.5f) * Size);
            var y = (int)((0.5f - clip.Y / clip.W * 0.5f) * Size);
            return image[(y * Size + x) * 4];
        }

        var foramen = Grey(pelvis.Landmark("s1-foramen-left").PointMm);
        var beside = Grey(pelvis.Landmark("s1-foramen-left").PointMm + new Vector3(-12, 0, 0));
        Assert.True(foramen + 12 < beside, $"foramen {foramen} vs bone beside it {beside}");
        var pin = Grey(plan.EntryMm + plan.Axis * 20);
        Assert.True(pin > beside, $"pin {pin} should be brighter than bone {beside}");
    }
}
