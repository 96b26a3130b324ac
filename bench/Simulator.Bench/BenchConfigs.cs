using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Simulator.Bench;

/// <summary>
/// The suite's jobs: short, so every goal is measured in a few minutes, and in this process (no generated project to build —
/// on a loaded 2-core machine that build alone takes minutes). Every class compares its measure with a baseline in the same run.
/// </summary>
public static class BenchConfigs
{
    /// <summary>How long one benchmark may run in this process before it is abandoned.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static Job InProcess(string id) =>
        Job.Default.WithId(id).WithLaunchCount(1).WithToolchain(new InProcessEmitToolchain(Timeout, logOutput: true));

    /// <summary>Operations of a few milliseconds: 2 warm-up and 5 measured iterations, each as many calls as fill it.</summary>
    public sealed class Short : ManualConfig
    {
        public Short() => AddJob(InProcess("short").WithWarmupCount(2).WithIterationCount(5));
    }

    /// <summary>
    /// Frames: 3 warm-up and 15 measured iterations. A CPU rasteriser on a shared 2-core machine drifts between fast and slow
    /// spells lasting seconds; more, longer iterations let the floor and the frame, measured one after the other, see the same mix.
    /// </summary>
    public sealed class Frames : ManualConfig
    {
        public Frames() => AddJob(InProcess("frames").WithWarmupCount(3).WithIterationCount(15));
    }

    /// <summary>Operations of a second or more (1,000 files, a process start): one call per iteration, 1 warm-up and 5 measured.</summary>
    public sealed class Long : ManualConfig
    {
        public Long() => AddJob(InProcess("long").WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
