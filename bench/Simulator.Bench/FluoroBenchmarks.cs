using BenchmarkDotNet.Attributes;
using Simulator.App.Bench;

namespace Simulator.Bench;

/// <summary>
/// Goal: one 512² C-arm shot in at most 50 ms (the Mean column). The shot (<see cref="FrameBench.ShootFluoro"/>: the density pass
/// over every radio-opaque mesh into a float target, then the image pass) in the trainer's window half-way through the minimally
/// invasive scenario, against an empty shot — the same two 512² targets cleared and waited for — in the same run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfigs.Short))]
public class FluoroBenchmarks
{
    private FrameBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = FrameBench.Open();

    [GlobalCleanup]
    public void Cleanup() => _bench.Dispose();

    [Benchmark(Baseline = true, Description = "empty shot: two 512² targets cleared")]
    public void EmptyShot() => _bench.ClearShotTargets();

    [Benchmark(Description = "C-arm shot, 512²")]
    public void Shot() => _bench.ShootFluoro();
}
