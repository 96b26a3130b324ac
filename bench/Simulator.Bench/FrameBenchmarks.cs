using BenchmarkDotNet.Attributes;
using Simulator.App.Bench;

namespace Simulator.Bench;

/// <summary>
/// Goal: the full frame costs at most 1.25× the flat-shaded floor (and fits in 16.7 ms). The trainer's real window at 1280×720
/// half-way through the minimally invasive scenario (<see cref="FrameBench"/>: implants placed, a pin in, a C-arm image and the
/// HUD on screen); the floor draws the same meshes flat-shaded with no HUD or C-arm image. The full frame is drawn as the trainer
/// draws one while the resident works the view: on a CPU rasteriser whose window shows only what changed
/// (<see cref="FrameBench.PresentsParts"/>) the side panel and tray stay on screen and are not drawn again; the whole frame, side
/// panel and tray included, is what every change to the HUD costs. Each call waits for the GPU (here the CPU rasteriser, Mesa
/// llvmpipe) to finish. On a machine with no display a private Xvfb screen is opened. The Allocated column is the managed
/// allocation per frame (goal 0 B).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfigs.Frames))]
public class FrameBenchmarks
{
    private FrameBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = FrameBench.Open();

    [GlobalCleanup]
    public void Cleanup() => _bench.Dispose();

    [Benchmark(Baseline = true, Description = "floor: same meshes flat-shaded, 1280×720")]
    public void Floor() => _bench.DrawFloor();

    [Benchmark(Description = "full frame: lit scene + C-arm image + HUD, 1280×720")]
    public void Full() => _bench.DrawFull();

    [Benchmark(Description = "whole frame: the same with side panel and tray, 1280×720")]
    public void Whole() => _bench.DrawWhole();
}
