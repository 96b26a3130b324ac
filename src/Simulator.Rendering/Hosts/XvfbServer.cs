using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Simulator.Rendering.Hosts;

/// <summary>A private Xvfb display (window tests, the benchmark on a machine with no screen); sets DISPLAY in the native environment (GLFW reads it there).</summary>
public sealed partial class XvfbServer : IDisposable
{
    private readonly Process _process;
    private readonly string? _previous;

    private XvfbServer(Process process, string display, string? previous)
    {
        _process = process;
        Display = display;
        _previous = previous;
    }

    public string Display { get; }

    /// <summary>Starts Xvfb on a free display with a <paramref name="screen"/> (WxH) screen and points DISPLAY at it.</summary>
    public static XvfbServer Start(string screen = "1280x800")
    {
        if (!File.Exists("/usr/bin/Xvfb"))
        {
            throw new InvalidOperationException("Xvfb is not installed (run: bash .ci/setup-deps)");
        }

        var number = 90 + Random.Shared.Next(400);
        while (File.Exists($"/tmp/.X11-unix/X{number}") || File.Exists($"/tmp/.X{number}-lock"))
        {
            number++;
        }

        var display = $":{number}";
        var process = Process.Start(new ProcessStartInfo("/usr/bin/Xvfb", $"{display} -screen 0 {screen}x24 -nolisten tcp")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var watch = Stopwatch.StartNew();
        while (!File.Exists($"/tmp/.X11-unix/X{number}"))
        {
            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"Xvfb did not start on {display}");
            }

            Thread.Sleep(50);
        }

        var previous = Environment.GetEnvironmentVariable("DISPLAY");
        SetEnv("DISPLAY", display, 1);
        Environment.SetEnvironmentVariable("DISPLAY", display);
        return new XvfbServer(process, display, previous);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnv(string name);

    public void Dispose()
    {
        if (_previous is null)
        {
            UnsetEnv("DISPLAY");
        }
        else
        {
            SetEnv("DISPLAY", _previous, 1);
        }

        Environment.SetEnvironmentVariable("DISPLAY", _previous);
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
