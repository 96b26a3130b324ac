using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Simulator.Bench.FrameBenchmarks).Assembly).Run(args);
