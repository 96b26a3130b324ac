using Simulator.Anatomy;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

[Collection("gl")]
public class GlTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-gl-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Headless_context_renders_into_a_framebuffer_and_reads_back()
    {
        using var context = HeadlessContext.Create();
        using var framebuffer = new Framebuffer(context.Gl, 8, 4);
        framebuffer.Bind();
        context.Gl.ClearColor(1f, 0.5f, 0f, 1f);
        context.Gl.Clear(Silk.NET.OpenGL.ClearBufferMask.ColorBufferBit);
        var pixels = framebuffer.ReadRgba();
        Assert.Equal(8 * 4 * 4, pixels.Length);
        Assert.Equal(255, pixels[0]);
        Assert.InRange(pixels[1], 127, 128);
        Assert.Equal(0, pixels[2]);
        Assert.Equal(255, pixels[3]);
    }

    [Fact]
    public void A_shader_compile_error_names_the_file_and_carries_the_driver_log()
    {
        File.WriteAllText(Path.Combine(_temp, "mesh.vert"), File.ReadAllText(Path.Combine(ShaderFiles.Directory(), "mesh.vert")));
        File.WriteAllText(Path.Combine(_temp, "mesh.frag"), "#version 330 core\nout vec4 c;\nvoid main() { c = undefined_symbol; }\n");
        using var context = HeadlessContext.Create();
        var error = Assert.Throws<ShaderException>(() => new SceneRenderer(context.Gl, _temp));
        Assert.Contains(Path.Combine(_temp, "mesh.frag"), error.Message);
        Assert.Contains("compile error", error.Message);
        Assert.Contains("undefined_symbol", error.Message);
    }

    [Fact]
    public void A_link_error_names_both_files()
    {
        File.WriteAllText(Path.Combine(_temp, "mesh.vert"), File.ReadAllText(Path.Combine(ShaderFiles.Directory(), "mesh.vert")));
        File.WriteAllText(Path.Combine(_temp, "mesh.frag"), "#version 330 core\nout vec4 c;\nvoid shade() { c = vec4(1); }\n");
        using var context = HeadlessContext.Create();
        var error = Assert.Throws<ShaderException>(() => new SceneRenderer(context.Gl, _temp));
        Assert.Contains("link error", error.Message);
        Assert.Contains("mesh.vert", error.Message);
    }

    [Fact]
    public void Setting_an_unknown_uniform_fails_loudly()
    {
        using var context = HeadlessContext.Create();
        var dir = ShaderFiles.Directory();
        using var program = new ShaderProgram(context.Gl, Path.Combine(dir, "overlay.vert"), Path.Combine(dir, "overlay.frag"));
        program.Use();
        var error = Assert.Throws<ArgumentException>(() => program.Set("uNoSuchThing", 1f));
        Assert.Contains("uNoSuchThing", error.Message);
    }

    [Fact]
    public void Disposed_gl_objects_refuse_further_use()
    {
        using var context = HeadlessContext.Create();
        var framebuffer = new Framebuffer(context.Gl, 4, 4);
        framebuffer.Dispose();
        Assert.Throws<ObjectDisposedException>(framebuffer.Bind);
    }

    [Fact]
    public void Pins_and_implants_appear_after_their_steps()
    {
        using var renderer = new OffscreenRenderer(640, 480, Pelvis.Build());
        var before = renderer.Render(CameraView.Inlet);
        var visuals = new ProcedureVisuals();
        var corridor = Pelvis.Build().Corridor("s1-left");
        visuals.Slots[0] = new ImplantSlot { EntryMm = corridor.EntryMm, TipMm = corridor.TargetMm, Stage = SlotStage.Implanted, ImplantLengthMm = 60 };
        renderer.Scene.Apply(visuals);
        var after = renderer.Render(CameraView.Inlet);
        var changed = ImageCompare.Compare(before, after).Fraction * 640 * 480;
        Assert.True(changed > 200, $"placing a pin and implant changed only {changed} pixels");
        Assert.True(renderer.Scene.Renderer.Find("pin-1")!.Visible);
        Assert.True(renderer.Scene.Renderer.Find("implant-1")!.Visible);
        Assert.False(renderer.Scene.Renderer.Find("pin-2")!.Visible);
    }

    [Fact]
    public void The_instrument_in_hand_is_shown_with_its_tip_at_the_working_point()
    {
        using var renderer = new OffscreenRenderer(64, 64, Pelvis.Build());
        var tip = new System.Numerics.Vector3(80, 20, -10);
        renderer.Scene.Apply(new ProcedureVisuals { Instrument = InstrumentKind.CannulatedDrill, InstrumentTipMm = tip, InstrumentHandleDirection = System.Numerics.Vector3.UnitX });
        var drill = renderer.Scene.Renderer.Find("instrument:CannulatedDrill")!;
        Assert.True(drill.Visible);
        Assert.False(renderer.Scene.Renderer.Find("instrument:Scalpel")!.Visible);
        var placedTip = System.Numerics.Vector3.Transform(System.Numerics.Vector3.Zero, drill.Model);
        Assert.True(System.Numerics.Vector3.Distance(tip, placedTip) < 0.01f);
        var handle = System.Numerics.Vector3.Transform(new System.Numerics.Vector3(0, 0, 100), drill.Model);
        Assert.True(handle.X > tip.X + 99, "the handle should point along +x");
    }
}
