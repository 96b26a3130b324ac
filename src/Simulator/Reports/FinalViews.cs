using Simulator.Anatomy;
using Simulator.App.Imaging;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Reports;

/// <summary>Renders the scene after a set of events, headless, for reports, replays and <c>simulator render</c>.</summary>
/// <remarks>
/// The one place outside the window that turns events into visuals and pixels, so a report, a replay and
/// <c>simulator render</c> show the same scene from the same C-arm tilts (the scenario's, as in the window).
/// </remarks>
public static class FinalViews
{
    public static readonly CameraView[] All = { CameraView.Lateral, CameraView.Ap, CameraView.Inlet, CameraView.Outlet, CameraView.Surgeon };

    public static readonly CameraView[] CArm = { CameraView.Lateral, CameraView.Ap, CameraView.Inlet, CameraView.Outlet };

    /// <summary>RGBA pixels per view of the scene after <paramref name="events"/>; throws <see cref="DisplayUnavailableException"/> without EGL.</summary>
    /// <param name="pelvis">The anatomy to draw; built (the procedural model) when null.</param>
    public static IReadOnlyList<(CameraView View, byte[] Rgba)> Render(Scenario scenario, IEnumerable<AttemptEvent> events, IReadOnlyList<CameraView> views,
        int width, int height, bool highlight = false, bool softTissue = true, Pelvis? pelvis = null)
    {
        using var renderer = Stage(scenario, events, width, height, pelvis, new ProcedureVisuals { ShowDangers = highlight, ShowCorridors = highlight });
        renderer.Scene.SoftTissueVisible = softTissue;
        return views.Select(v => (v, renderer.Render(v))).ToList();
    }

    /// <summary>Simulated C-arm images of the scene after <paramref name="events"/>; planned paths in blue with <paramref name="showPlan"/>.</summary>
    public static IReadOnlyList<(CameraView View, byte[] Rgba)> RenderFluoro(Scenario scenario, IEnumerable<AttemptEvent> events, IReadOnlyList<CameraView> views,
        int width, int height, bool showPlan, Pelvis? pelvis = null)
    {
        using var renderer = Stage(scenario, events, width, height, pelvis, new ProcedureVisuals());
        return views.Select(v => (v, renderer.RenderFluoro(v, showPlan))).ToList();
    }

    /// <summary>PNG bytes per view (see <see cref="Render"/>), for files and reports.</summary>
    public static IReadOnlyList<(CameraView View, byte[] Png)> RenderPng(Scenario scenario, IEnumerable<AttemptEvent> events, IReadOnlyList<CameraView> views,
        int width, int height, Pelvis? pelvis = null) =>
        Render(scenario, events, views, width, height, highlight: false, softTissue: false, pelvis)
            .Select(r => (r.View, PngFile.Encode(r.Rgba, width, height)))
            .ToList();

    private static OffscreenRenderer Stage(Scenario scenario, IEnumerable<AttemptEvent> events, int width, int height, Pelvis? pelvis, ProcedureVisuals visuals)
    {
        pelvis ??= Pelvis.Build();
        var renderer = new OffscreenRenderer(width, height, pelvis);
        try
        {
            new VisualsBuilder(scenario, pelvis).Build(visuals, events);
            renderer.Scene.Apply(visuals);
            (renderer.Camera.InletTiltDeg, renderer.Camera.OutletTiltDeg) = CArmTilts.From(scenario);
            return renderer;
        }
        catch
        {
            renderer.Dispose();
            throw;
        }
    }

    /// <summary>The report's images (PNG), or none and the reason when headless rendering is unavailable.</summary>
    public static (IReadOnlyList<ReportImage> Images, string? Unavailable) ForReport(Scenario scenario, IEnumerable<AttemptEvent> performed, int width = 640, int height = 420)
    {
        try
        {
            var events = performed.ToList();
            var pelvis = Pelvis.Build();
            var images = RenderPng(scenario, events, All, width, height, pelvis)
                .Select(r => new ReportImage(r.View.ToString().ToLowerInvariant(), r.Png))
                .ToList();
            // Final C-arm views with the planned implant paths drawn in blue over the actual pins and implants.
            var side = Math.Min(width, height);
            images.AddRange(RenderFluoro(scenario, events, new[] { CameraView.Lateral, CameraView.Inlet, CameraView.Outlet }, side, side, showPlan: true, pelvis)
                .Select(r => new ReportImage($"fluoro-{r.View.ToString().ToLowerInvariant()}", PngFile.Encode(r.Rgba, side, side))));
            return (images, null);
        }
        catch (DisplayUnavailableException ex)
        {
            return (Array.Empty<ReportImage>(), ex.Message);
        }
    }
}
