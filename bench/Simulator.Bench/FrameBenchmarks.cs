using BenchmarkDotNet.Attributes;
using Simulator.Anatomy;
using Simulator.Rendering;
using Simulator.Rendering.Scene;

namespace Simulator.Bench;

/// <summary>
/// Headless frame time at 1280×720 on the CPU rasteriser (Mesa llvmpipe): the whole scene against an
/// empty frame (clear + finish) in the same run, so the ratio is what the scene costs on this machine.
/// MemoryDiagnoser shows the frame loop allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class FrameBenchmarks
{
    private OffscreenRenderer _renderer = null!;

    [GlobalSetup(Target = nameof(EmptyFrame))]
    public void SetupEmpty()
    {
        Setup();
        foreach (var node in _renderer.Scene.Renderer.Nodes)
        {
            node.Visible = false;
        }
    }

    [GlobalSetup(Target = nameof(BoneOnlyFrame))]
    public void SetupBoneOnly()
    {
        Setup();
        _renderer.Scene.SoftTissueVisible = false;
    }

    [GlobalSetup(Target = nameof(OrbitingFrame))]
    public void Setup()
    {
        _renderer = new OffscreenRenderer(1280, 720, Pelvis.Build());
        _renderer.Camera.SetView(CameraView.Surgeon);
    }

    [GlobalCleanup]
    public void Cleanup() => _renderer.Dispose();

    [Benchmark(Baseline = true, Description = "empty frame (clear + finish)")]
    public void EmptyFrame() => _renderer.Draw();

    [Benchmark(Description = "bones only, orbiting")]
    public void BoneOnlyFrame()
    {
        _renderer.Camera.Orbit(0.01f, 0f);
        _renderer.Draw();
    }

    [Benchmark(Description = "pelvis + soft tissue, orbiting")]
    public void OrbitingFrame()
    {
        _renderer.Camera.Orbit(0.01f, 0f);
        _renderer.Draw();
    }
}
