using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Rendering.Scene;

namespace Simulator.EndToEnd.Tests;

/// <summary>The open approach as rendered: the cut window reads as a dark hole in 3D and as missing bone on the C-arm; the block puts the bone back.</summary>
[Collection("gl")]
public class OpenApproachRenderTests
{
    private const int Size = 256;

    private static readonly Lazy<Pelvis> SharedPelvis = new(Pelvis.Build);

    private static (OffscreenRenderer Renderer, IliacWindow Plan, WindowShape Shape) Stage()
    {
        var pelvis = SharedPelvis.Value;
        var plan = OpenApproach.WindowPlan(pelvis);
        var renderer = new OffscreenRenderer(Size, Size, pelvis);
        renderer.Scene.SoftTissueVisible = false;
        return (renderer, plan, new WindowShape(plan.Centre, plan.Normal, plan.Along, plan.Across, plan.LengthMm, plan.WidthMm, 20f));
    }

    /// <summary>Mean grey (0–255) of a small square of <paramref name="image"/> around where <paramref name="world"/> projects.</summary>
    private static double Grey(OffscreenRenderer r, byte[] image, Vector3 world, int half = 3)
    {
        var clip = Vector4.Transform(new Vector4(world, 1), r.Camera.View * r.Camera.Projection(1f));
        var cx = (int)((clip.X / clip.W * 0.5f + 0.5f) * Size);
        var cy = (int)((0.5f - clip.Y / clip.W * 0.5f) * Size);
        double sum = 0;
        var n = 0;
        for (var y = cy - half; y <= cy + half; y++)
        {
            for (var x = cx - half; x <= cx + half; x++)
            {
                var i = (y * Size + x) * 4;
                sum += (image[i] + image[i + 1] + image[i + 2]) / 3.0;
                n++;
            }
        }

        return sum / n;
    }

    private static Vector3 Rgb(OffscreenRenderer r, byte[] image, Vector3 world)
    {
        var clip = Vector4.Transform(new Vector4(world, 1), r.Camera.View * r.Camera.Projection(1f));
        var x = (int)((clip.X / clip.W * 0.5f + 0.5f) * Size);
        var y = (int)((0.5f - clip.Y / clip.W * 0.5f) * Size);
        var i = (y * Size + x) * 4;
        return new Vector3(image[i], image[i + 1], image[i + 2]);
    }

    [Fact]
    public void The_cut_window_is_dark_in_3d_the_curetted_floor_red_and_the_block_bone_coloured_again()
    {
        var (r, plan, shape) = Stage();
        using var renderer = r;
        renderer.Camera.SetView(CameraView.Surgeon);
        renderer.Camera.Target = plan.Centre;
        renderer.Camera.DistanceMm = 220;
        var visuals = new ProcedureVisuals();
        renderer.Scene.Apply(visuals);
        var intact = Rgb(renderer, RenderNow(renderer), plan.At(-8, 4));

        visuals.Open.Window = shape;
        renderer.Scene.Apply(visuals);
        var cut = Rgb(renderer, RenderNow(renderer), plan.At(-8, 4));
        Assert.True(cut.X + cut.Y + cut.Z < (intact.X + intact.Y + intact.Z) / 2, $"window {cut} vs bone {intact}");

        // A stroke along the joint near one edge: red there, the rest of the floor still dark.
        visuals.Open.Strokes.Add(new[] { plan.At(-13, 6), plan.At(13, 6) });
        renderer.Scene.Apply(visuals);
        Assert.True(renderer.Scene.Renderer.Find("window-curetted")!.Visible);
        var image = RenderNow(renderer);
        var swath = Rgb(renderer, image, plan.At(0, 6));
        var floor = Rgb(renderer, image, plan.At(0, -6));
        Assert.True(swath.X > swath.Y + 40 && swath.X > floor.X + 40, $"curetted {swath} vs floor {floor}");

        visuals.Open.BlockMm = plan.Centre;
        visuals.Open.BlockCountersinkMm = 3;
        renderer.Scene.Apply(visuals);
        var block = Rgb(renderer, RenderNow(renderer), plan.At(-8, 4));
        Assert.True(block.X > cut.X + 60 && Math.Abs(block.X - block.Z) < 90, $"block {block} vs window {cut}");
    }

    [Fact]
    public void On_the_lateral_c_arm_image_the_window_lets_more_through_and_the_block_closes_it()
    {
        var (r, plan, shape) = Stage();
        using var renderer = r;
        var visuals = new ProcedureVisuals();
        renderer.Scene.Apply(visuals);
        double Window(byte[] image) => Grey(renderer, image, plan.At(0, 0), 6);
        double Beside(byte[] image) => Grey(renderer, image, plan.At(-28, 0), 6);
        var intact = renderer.RenderFluoro(CameraView.Lateral);

        visuals.Open.Window = shape;
        renderer.Scene.Apply(visuals);
        var cut = renderer.RenderFluoro(CameraView.Lateral);
        Assert.True(Window(cut) < Window(intact) - 6, $"window {Window(cut)} vs intact {Window(intact)}");
        Assert.Equal(Beside(intact), Beside(cut), 2.0);

        visuals.Open.BlockMm = plan.Centre;
        visuals.Open.BlockCountersinkMm = 3;
        renderer.Scene.Apply(visuals);
        var blocked = renderer.RenderFluoro(CameraView.Lateral);
        Assert.True(Window(blocked) > Window(cut) + 4, $"block {Window(blocked)} vs window {Window(cut)}");

        visuals.Open.GraftMm = plan.Centre;
        renderer.Scene.Apply(visuals);
        var grafted = renderer.RenderFluoro(CameraView.Lateral);
        // Under the block the graft lies in the joint, at the window's depth.
        var joint = plan.Centre - plan.Normal * 18.5f;
        var (withGraft, without) = (Grey(renderer, grafted, joint, 3), Grey(renderer, blocked, joint, 3));
        Assert.True(withGraft > without + 3, $"graft {withGraft} vs none {without}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_red_area_drawn_is_the_share_of_the_window_the_judge_counts_as_cleared(int pattern)
    {
        var pelvis = SharedPelvis.Value;
        var plan = OpenApproach.WindowPlan(pelvis);
        var cut = plan with { LengthMm = 27.5f, WidthMm = 21f };
        var shape = new WindowShape(cut.Centre, cut.Normal, cut.Along, cut.Across, cut.LengthMm, cut.WidthMm, 20f);
        var stroke = pattern switch
        {
            0 => OpenApproach.SweepOf(cut),
            1 => new List<Vector3> { cut.At(-13.7f, -7.5f), cut.At(13.7f, -7.5f), cut.At(13.7f, 0), cut.At(-13.7f, 0) },
            _ => new List<Vector3> { cut.At(-3, 2) },
        };
        var mesh = new WindowSurface(pelvis, shape).Cleared(new[] { stroke.ToArray() }, OpenApproach.CuretteReachMm, 0.5f, 0.5f);

        double area = 0;
        for (var i = 0; i < mesh.Indices.Length; i += 3)
        {
            var (a, b, c) = (cut.Coordinates(mesh.Positions[mesh.Indices[i]]), cut.Coordinates(mesh.Positions[mesh.Indices[i + 1]]),
                cut.Coordinates(mesh.Positions[mesh.Indices[i + 2]]));
            area += Math.Abs((b.X - a.X) * (c.Y - a.Y) - (c.X - a.X) * (b.Y - a.Y)) / 2;
        }

        var drawn = 100 * area / (cut.LengthMm * cut.WidthMm);
        Assert.Equal(OpenApproach.ClearedPct(cut, stroke), drawn, 3.0);
    }

    [Fact]
    public void Frames_with_the_whole_open_approach_on_show_allocate_nothing()
    {
        var (r, plan, shape) = Stage();
        using var renderer = r;
        var visuals = new ProcedureVisuals { Dissected = true, ShowCorridors = true };
        visuals.Open.Plan = shape;
        visuals.Open.Marks.Add(plan.Centre + plan.Normal * 60);
        visuals.Open.Bleeders.AddRange(OpenApproach.Bleeders(SharedPelvis.Value).Select(b => new Bleeder(b, false)));
        visuals.Open.Window = shape;
        visuals.Open.Strokes.Add(OpenApproach.SweepOf(plan).ToArray());
        visuals.Open.GraftMm = plan.Centre;
        visuals.Open.LiveOutline = shape;
        renderer.Scene.Apply(visuals);
        renderer.Camera.SetView(CameraView.Surgeon);
        for (var i = 0; i < 3; i++)
        {
            renderer.Camera.Orbit(0.01f, 0);
            renderer.Draw();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            renderer.Camera.Orbit(0.01f, 0);
            renderer.Draw();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] RenderNow(OffscreenRenderer renderer) => renderer.Render();
}
