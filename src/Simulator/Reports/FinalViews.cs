using Silk.NET.OpenGL;
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

    /// <summary>Simulated C-arm images of the scene after <paramref name="events"/>; with <paramref name="showPlan"/> the planned paths in blue and the achieved pin paths in orange.</summary>
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

    /// <summary>
    /// A renderer of <paramref name="pelvis"/> with the scenario's C-arm tilts, showing nothing done yet: in a headless EGL
    /// context of its own (throws <see cref="DisplayUnavailableException"/> without EGL), or in <paramref name="gl"/>.
    /// </summary>
    public static OffscreenRenderer Open(Scenario scenario, int width, int height, Pelvis pelvis, GL? gl = null)
    {
        var renderer = gl is null ? new OffscreenRenderer(width, height, pelvis) : OffscreenRenderer.InContext(gl, width, height, pelvis);
        (renderer.Camera.InletTiltDeg, renderer.Camera.OutletTiltDeg) = CArmTilts.From(scenario);
        return renderer;
    }

    private static OffscreenRenderer Stage(Scenario scenario, IEnumerable<AttemptEvent> events, int width, int height, Pelvis? pelvis,
        ProcedureVisuals visuals, GL? gl = null)
    {
        pelvis ??= Pelvis.Build();
        var renderer = Open(scenario, width, height, pelvis, gl);
        try
        {
            new VisualsBuilder(scenario, pelvis).Build(visuals, events);
            renderer.Scene.Apply(visuals);
            return renderer;
        }
        catch
        {
            renderer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The report's images (PNG): the 3D views without soft tissue, then the final lateral, inlet and outlet C-arm
    /// images with the plan (blue) and the achieved pin paths (orange); or none and the reason when no context can be had.
    /// </summary>
    /// <param name="gl">
    /// A context current on this thread to render in (the trainer window's: a window session needs no second
    /// context, which could not be created next to the window); null renders in a headless EGL context of its own.
    /// </param>
    public static ReportViews ForReport(Scenario scenario, IEnumerable<AttemptEvent> performed, Pelvis? pelvis = null, GL? gl = null,
        int width = 640, int height = 420)
    {
        try
        {
            using var renderer = Stage(scenario, performed.ToList(), width, height, pelvis, new ProcedureVisuals(), gl);
            renderer.Scene.SoftTissueVisible = false;
            var images = All
                .Select(v => new ReportImage(v.ToString().ToLowerInvariant(), PngFile.Encode(renderer.Render(v), width, height)))
                .ToList();
            // Radiographs see the soft tissue too (faintly), as a real C-arm does.
            renderer.Scene.SoftTissueVisible = true;
            var side = Math.Min(width, height);
            images.AddRange(new[] { CameraView.Lateral, CameraView.Inlet, CameraView.Outlet }
                .Select(v => new ReportImage(ReportViews.FluoroPrefix + v.ToString().ToLowerInvariant(),
                    PngFile.Encode(renderer.RenderFluoro(v, showPlan: true, side, side), side, side))));
            return new ReportViews(images, null);
        }
        catch (DisplayUnavailableException ex)
        {
            return new ReportViews(Array.Empty<ReportImage>(), ex.Message);
        }
    }
}
