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

        // -displayfd: Xvfb picks a free display itself (taking its lock, clearing stale ones) and writes the number once it is
        // ready, so two test processes starting displays at the same moment can never share one.
        var process = Process.Start(new ProcessStartInfo("/usr/bin/Xvfb", $"-displayfd 1 -screen 0 {screen}x24 -nolisten tcp")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginErrorReadLine();
        var line = process.StandardOutput.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(20)) || !int.TryParse(line.Result, out var number))
        {
            Stop(process);
            throw new InvalidOperationException("Xvfb did not start (no display number within 20 s)");
        }

        var display = $":{number}";
        var previous = Environment.GetEnvironmentVariable("DISPLAY");
        SetEnv("DISPLAY", display, 1);
        Environment.SetEnvironmentVariable("DISPLAY", display);
        return new XvfbServer(process, display, previous);
    }

    /// <summary>Ends Xvfb with SIGTERM, so it removes its lock and socket (a SIGKILL leaves /tmp/.X*-lock behind), then SIGKILL if it lingers.</summary>
    private static void Stop(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        _ = Kill(process.Id, 15);
        if (!process.WaitForExit(5000))
        {
            process.Kill();
            process.WaitForExit(5000);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);

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
        Stop(_process);

        _process.Dispose();
    }
}
