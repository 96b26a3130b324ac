using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Simulator.App.Window;
using Simulator.Rendering.Hosts;

namespace Simulator.Bench;

/// <summary>
/// Goal: from start to the first frame in the window, the trainer takes at most 2× a bare GLFW window. Each call starts a process
/// (<c>dotnet X.dll</c>, so the .NET runtime's start is in every measure) and waits for it to exit: the baseline is
/// bench/FirstFrame (open the window with an OpenGL 3.3 context, clear, swap, exit); the trainer runs with
/// <see cref="FirstFrameExit.EnvironmentVariable"/>=1 and closes right after its first frame — the start screen (<c>simulator</c>)
/// or, with <c>--scenario</c>, the session (scenario loaded and checked against the anatomy, which is built first). All share one
/// display (a private Xvfb when DISPLAY is unset), a fresh settings folder per call (first start: default settings) and a
/// scratch working folder.
/// </summary>
[Config(typeof(BenchConfigs.Long))]
public class StartupBenchmarks
{
    private XvfbServer? _xvfb;
    private string _display = "";
    private string _work = "";

    [GlobalSetup]
    public void Setup()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")))
        {
            _xvfb = XvfbServer.Start("1600x1000");
        }

        _display = Environment.GetEnvironmentVariable("DISPLAY")!;
        _work = Directory.CreateTempSubdirectory("sim-bench-start-").FullName;
    }

    [IterationSetup]
    public void Fresh()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_work))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_work, recursive: true);
        _xvfb?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare GLFW window: open, clear, swap, exit")]
    public void BareWindow() => Run("first-frame.dll", expectLine: false);

    [Benchmark(Description = "simulator → first frame of the start screen")]
    public void StartScreen() => Run("simulator.dll", expectLine: true);

    [Benchmark(Description = "simulator --scenario → first frame of the session")]
    public void Session() => Run("simulator.dll", expectLine: true, "--scenario", "si-joint-fusion-mis", "--mode", "guided", "--trainee", "bench");

    /// <summary>Starts <paramref name="dll"/> (next to this assembly) and waits for it; throws unless it drew its frame and exited 0.</summary>
    private void Run(string dll, bool expectLine, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _work,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DISPLAY"] = _display;
        start.Environment[FirstFrameExit.EnvironmentVariable] = "1";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_work, "config");
        start.Environment[Simulator.Records.StoreLocation.EnvironmentVariable] = Path.Combine(_work, "records.db");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{dll} did not exit within 2 minutes");
        }

        if (process.ExitCode != 0 || (expectLine && !error.Result.Contains(FirstFrameExit.Message, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{dll} {string.Join(' ', args)}: exit {process.ExitCode}\n{error.Result}{output.Result}");
        }
    }
}
