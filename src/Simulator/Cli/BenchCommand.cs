using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.App.Bench;

namespace Simulator.App.Cli;

/// <summary>
/// <c>simulator bench [--json]</c>: a short measurement of this machine — the full frame at 1280×720 against the same meshes
/// flat-shaded in the same run, and one 512² C-arm shot — and whether the trainer can hold 60 fps here.
/// </summary>
public static class BenchCommand
{
    /// <summary>The frame budget of 60 fps, ms.</summary>
    public const double FrameBudgetMs = 1000.0 / 60;

    /// <summary>The most a full frame may cost over the flat-shaded floor.</summary>
    public const double MaxRatio = 1.25;

    /// <summary>The most one 512² C-arm shot may take, ms.</summary>
    public const double FluoroBudgetMs = 50;

    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the measures as JSON (frame_ms, floor_ms, ratio, fluoro_ms, …)." };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of 15 frames of each kind, interleaved (default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure this machine: the full frame at 1280×720, the same meshes flat-shaded, a 512² C-arm shot; says whether 60 fps holds.")
        {
            json, rounds,
        };
        command.SetAction(parse => Run(context, parse.GetValue(json), parse.GetValue(rounds)));
        return command;
    }

    public static int Run(CliContext context, bool json, int rounds)
    {
        if (rounds < 1)
        {
            throw new UsageException("--rounds must be at least 1");
        }

        if (!json)
        {
            context.Error.WriteLine("bench: opening the trainer at 1280×720 and playing half the model attempt…");
        }

        using var bench = FrameBench.Open();
        var full = new List<double>();
        var whole = new List<double>();
        var floor = new List<double>();
        var partial = true;
        for (var i = 0; i < rounds; i++)
        {
            full.Add(FrameBench.MedianMs(bench.DrawFull, 15));
            partial &= !bench.DrewPanel;
            whole.Add(FrameBench.MedianMs(bench.DrawWhole, 15));
            floor.Add(FrameBench.MedianMs(bench.DrawFloor, 15));
        }

        var fluoro = FrameBench.MedianMs(bench.ShootFluoro, Math.Max(3, rounds));
        var (width, height) = bench.Size;
        var result = new BenchResult(FrameBench.Median(full), FrameBench.Median(floor), fluoro, width, height, bench.Renderer)
        {
            WholeFrameMs = FrameBench.Median(whole),
            PresentsParts = partial,
        };
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(result, Options));
            return ExitCodes.Ok;
        }

        var o = context.Out;
        o.WriteLine($"renderer     {result.Renderer}, {width}×{height}");
        o.WriteLine($"full frame   {Ms(result.FrameMs)}  ({1000 / result.FrameMs:0} fps; budget {Ms(FrameBudgetMs)})"
            + (result.PresentsParts ? "  as drawn while the view changes: the side panel stays on screen" : ""));
        o.WriteLine($"whole frame  {Ms(result.WholeFrameMs)}  side panel drawn too, as after each change to the HUD");
        o.WriteLine($"floor        {Ms(result.FloorMs)}  the same meshes flat-shaded, no HUD");
        o.WriteLine($"ratio        {result.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}×     goal ≤ {MaxRatio.ToString("0.00", CultureInfo.InvariantCulture)}×"
            + $"  (whole frame {result.WholeRatio.ToString("0.00", CultureInfo.InvariantCulture)}×)");
        o.WriteLine($"fluoro shot  {Ms(result.FluoroMs)}  512², goal ≤ {FluoroBudgetMs:0} ms");
        o.WriteLine(result.Holds60Fps
            ? "60 fps: yes — a full frame fits in the 16.7 ms budget on this machine"
            : "60 fps: no — a full frame takes longer than 16.7 ms on this machine; the trainer still works, less smoothly");
        return ExitCodes.Ok;
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    private static string Ms(double ms) => $"{ms.ToString("0.0", CultureInfo.InvariantCulture),5} ms";

    /// <summary>What <c>simulator bench --json</c> prints.</summary>
    public sealed record BenchResult(
        [property: JsonPropertyName("frame_ms")] double FrameMs,
        [property: JsonPropertyName("floor_ms")] double FloorMs,
        [property: JsonPropertyName("fluoro_ms")] double FluoroMs,
        [property: JsonPropertyName("width")] int Width,
        [property: JsonPropertyName("height")] int Height,
        [property: JsonPropertyName("renderer")] string Renderer)
    {
        [JsonPropertyName("ratio")]
        public double Ratio => FloorMs > 0 ? Math.Round(FrameMs / FloorMs, 3) : 0;

        /// <summary>The frame with the side panel drawn too, as after every change to the HUD (equal to the frame when the window cannot show parts).</summary>
        [JsonPropertyName("whole_frame_ms")]
        public double WholeFrameMs { get; init; }

        [JsonPropertyName("whole_ratio")]
        public double WholeRatio => FloorMs > 0 ? Math.Round(WholeFrameMs / FloorMs, 3) : 0;

        /// <summary>Whether the frames measured left out the side panel and tray, as a window that shows only what changed draws them (a CPU rasteriser with GLX_MESA_copy_sub_buffer).</summary>
        [JsonPropertyName("partial_present")]
        public bool PresentsParts { get; init; }

        [JsonPropertyName("holds_60_fps")]
        public bool Holds60Fps => Math.Max(FrameMs, WholeFrameMs) <= FrameBudgetMs;
    }
}
