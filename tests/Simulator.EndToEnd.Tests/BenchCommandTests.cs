using System.Diagnostics;
using System.Text.Json;

namespace Simulator.EndToEnd.Tests;

/// <summary><c>simulator bench --json</c> as a user runs it on a machine with no screen: it opens its own Xvfb and prints the measures.</summary>
[Collection("gl")]
public class BenchCommandTests
{
    [Fact]
    public async Task Bench_json_with_one_round_prints_positive_frame_floor_and_fluoro_times()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "simulator.dll"), "bench", "--json", "--rounds", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DISPLAY");
        start.Environment.Remove("WAYLAND_DISPLAY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("bench did not finish in 5 minutes: " + await error);
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await error}");
        using var json = JsonDocument.Parse(await output);
        foreach (var name in new[] { "frame_ms", "floor_ms", "fluoro_ms", "whole_frame_ms" })
        {
            var value = json.RootElement.GetProperty(name);
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
            Assert.True(value.GetDouble() > 0, $"{name} = {value}");
        }

        Assert.Equal(1280, json.RootElement.GetProperty("width").GetInt32());
        Assert.Equal(720, json.RootElement.GetProperty("height").GetInt32());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("ratio").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("holds_60_fps").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });

        // llvmpipe under Xvfb shows only what changed: the frames measured left out the side panel and tray.
        Assert.True(json.RootElement.GetProperty("partial_present").GetBoolean(), await output);
    }
}
