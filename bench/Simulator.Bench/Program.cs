using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Simulator.Bench -- --filter '*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Simulator.Bench.FrameBenchmarks).Assembly).Run(args);
