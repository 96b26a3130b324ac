using System.CommandLine;
using Simulator.App.Imaging;
using Simulator.App.Scene;
using Simulator.Rendering.Scene;

namespace Simulator.App.Cli;

/// <summary><c>simulator render</c>: a headless PNG of a preset view, optionally after a step of the model attempt.</summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s")
        {
            Description = "Scenario file or id.",
            DefaultValueFactory = _ => ScenarioLocator.DefaultScenarioId,
        };
        var view = new Option<string>("--view", "-v")
        {
            Description = "lateral, ap, inlet, outlet, surgeon, or all (then --out may contain {view}).",
            DefaultValueFactory = _ => "surgeon",
        };
        view.AcceptOnlyFromAmong("lateral", "ap", "inlet", "outlet", "surgeon", "all");
        var size = new Option<string>("--size") { Description = "Image size WxH in pixels.", DefaultValueFactory = _ => "1280x720" };
        var output = new Option<string>("--out", "-o") { Description = "PNG file to write.", Required = true };
        var after = new Option<string?>("--after") { Description = "Show the state after this step of the model attempt (STEP, or STEP#k for its k-th time)." };
        var highlight = new Option<bool>("--highlight") { Description = "Show danger structures (orange) and target corridors (blue)." };
        var noSoft = new Option<bool>("--no-soft-tissue") { Description = "Hide the translucent skin and gluteal envelope." };
        var fluoro = new Option<bool>("--fluoro") { Description = "A simulated C-arm image instead of the 3D view (with --highlight: planned paths in blue, achieved pin paths in orange)." };

        var command = new Command("render", "Render a view of the pelvis headless (no display needed) to a PNG.")
        {
            scenario, view, size, output, after, highlight, noSoft, fluoro,
        };
        command.SetAction(parse => Run(context, parse.GetValue(scenario)!, parse.GetValue(view)!, parse.GetValue(size)!,
            parse.GetValue(output)!, parse.GetValue(after), parse.GetValue(highlight), parse.GetValue(noSoft), parse.GetValue(fluoro)));
        return command;
    }

    public static (int Width, int Height) ParseSize(string text)
    {
        var parts = text.ToLowerInvariant().Split('x');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var w) || !int.TryParse(parts[1], out var h)
            || w < 16 || h < 16 || w > 8192 || h > 8192)
        {
            throw new UsageException($"--size must be WIDTHxHEIGHT between 16 and 8192 (got '{text}')");
        }

        return (w, h);
    }

    public static int Run(CliContext context, string scenarioArg, string viewArg, string sizeArg, string output,
        string? after, bool highlight, bool noSoftTissue, bool fluoro = false)
    {
        var (width, height) = ParseSize(sizeArg);
        var scenario = ScenarioLocator.Load(scenarioArg);
        var events = after is null ? new List<Core.Attempts.AttemptEvent>() : ReferenceAttempt.Until(scenario, after);
        var views = viewArg == "all" ? (fluoro ? Reports.FinalViews.CArm : Reports.FinalViews.All) : new[] { Enum.Parse<CameraView>(viewArg, ignoreCase: true) };
        if (fluoro && views.Contains(CameraView.Surgeon))
        {
            throw new UsageException("--fluoro takes a C-arm view: lateral, ap, inlet or outlet");
        }

        var images = fluoro
            ? Reports.FinalViews.RenderFluoro(scenario, events, views, width, height, showPlan: highlight)
            : Reports.FinalViews.Render(scenario, events, views, width, height, highlight, !noSoftTissue);
        foreach (var (view, rgba) in images)
        {
            var path = OutputPath(output, view, views.Length > 1);
            PngFile.Write(path, rgba, width, height);
            context.Out.WriteLine(path);
        }

        return ExitCodes.Ok;
    }

    private static string OutputPath(string output, CameraView view, bool several)
    {
        var name = view.ToString().ToLowerInvariant();
        if (output.Contains("{view}", StringComparison.Ordinal))
        {
            return output.Replace("{view}", name, StringComparison.Ordinal);
        }

        return several
            ? Path.Combine(Path.GetDirectoryName(output) ?? "", $"{Path.GetFileNameWithoutExtension(output)}-{name}{Path.GetExtension(output)}")
            : output;
    }
}
