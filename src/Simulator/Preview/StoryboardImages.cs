using Simulator.Anatomy;
using Simulator.App.Imaging;
using Simulator.App.Reports;
using Simulator.App.Scene;
using Simulator.Rendering.Scene;

namespace Simulator.App.Preview;

/// <summary>Renders a storyboard's pictures headless and writes them as PNGs beside its page.</summary>
/// <remarks>
/// One GL context, one uploaded pelvis and one C-arm renderer serve the whole run: the procedure's visuals are carried
/// forward event by event (what <see cref="VisualsBuilder.Build"/> gives for each prefix of the model attempt), and
/// each picture only moves the camera and toggles nodes.
/// </remarks>
public static class StoryboardImages
{
    /// <summary>The 3D view's size and the C-arm image's side, pixels: enough to read on a page, cheap to render.</summary>
    public const int Width = 640, Height = 400, FluoroSize = 384;

    /// <summary>Writes every picture of <paramref name="board"/> into <paramref name="directory"/>; <paramref name="progress"/> hears of each (number done, caption).</summary>
    /// <exception cref="Rendering.Hosts.DisplayUnavailableException">No EGL.</exception>
    /// <exception cref="IOException">A PNG could not be written; the message names it.</exception>
    public static void Write(Storyboard board, Pelvis pelvis, string directory, Action<int, string>? progress = null)
    {
        var builder = new VisualsBuilder(board.Scenario, pelvis);
        var framing = new ActionFraming(pelvis, builder);
        var visuals = new ProcedureVisuals();
        builder.ShowPlan(visuals);
        var (inletDeg, outletDeg) = CArmTilts.From(board.Scenario);
        using var renderer = FinalViews.Open(board.Scenario, Width, Height, pelvis);
        var done = 0;
        foreach (var frame in board.Frames)
        {
            var before = visuals.Slots.Select(s => s.Stage).ToArray();
            builder.Apply(visuals, frame.Event);
            framing.Aim(renderer.Camera, frame, visuals, Touched(visuals, before));
            renderer.Scene.Apply(visuals);
            PngFile.Write(Path.Combine(directory, frame.ImageFile), renderer.Render(), Width, Height);
            progress?.Invoke(++done, frame.Title);
            if (frame.CArmView is { } view)
            {
                // As the C-arm sees the patient: no instrument in the beam, the soft tissue faintly.
                visuals.Instrument = null;
                renderer.Scene.Apply(visuals);
                var shot = CArmPose.Ideal(view, inletDeg, outletDeg).Camera();
                PngFile.Write(Path.Combine(directory, frame.FluoroFile!), renderer.RenderFluoro(shot, showPlan: false, FluoroSize, FluoroSize), FluoroSize, FluoroSize);
                progress?.Invoke(++done, $"{frame.Title} (C-arm {view.ToString().ToLowerInvariant()})");
            }
        }
    }

    /// <summary>The slot the last event changed; otherwise (a depth gauge, say) the last one with a pin in it; null when none has.</summary>
    private static int? Touched(ProcedureVisuals visuals, SlotStage[] before)
    {
        for (var i = 0; i < visuals.Slots.Length; i++)
        {
            if (visuals.Slots[i].Stage != before[i])
            {
                return i;
            }
        }

        var last = Array.FindLastIndex(visuals.Slots, s => s.Stage is >= SlotStage.PinDocked and < SlotStage.PinRemoved);
        return last >= 0 ? last : null;
    }
}
