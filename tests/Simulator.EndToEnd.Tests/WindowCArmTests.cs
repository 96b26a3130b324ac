using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

/// <summary>The C-arm in the real window is a device of its own: its shots follow its pose, not the 3D camera.</summary>
[Collection("gl")]
public class WindowCArmTests : IDisposable
{
    private const string Laterals = """
        id: carm-laterals
        title: Lateral views
        steps:
          - {id: lateral-1, action: imaging, view: lateral, name: Lateral 1, instruction: shoot, rationale: see, instrument: C-arm, targets: {notch_offset_mm: {min: 0, max: 5, unit: mm}}}
          - {id: lateral-2, action: imaging, view: lateral, name: Lateral 2, instruction: shoot, rationale: see, instrument: C-arm, targets: {notch_offset_mm: {min: 0, max: 5, unit: mm}}}
          - {id: lateral-3, action: imaging, view: lateral, name: Lateral 3, instruction: shoot, rationale: see, instrument: C-arm, targets: {notch_offset_mm: {min: 0, max: 5, unit: mm}}}
          - {id: lateral-4, action: imaging, view: lateral, name: Lateral 4, instruction: shoot, rationale: see, instrument: C-arm, targets: {notch_offset_mm: {min: 0, max: 5, unit: mm}}}
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("sim-carm-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static double NotchOffset(Session session) => session.Recorded[^1].Event.With["notch_offset_mm"].Number!.Value;

    /// <summary>The middle of the shot image as the window shows it (the label at its foot left out).</summary>
    private static byte[] PanelImage(TrainerWindow window)
    {
        window.DrawFrame();
        var frame = window.ReadFrame();
        var (width, _) = window.Window.FramebufferSize;
        var image = window.CArmPanelLayout.Image;
        var inset = image.Width / 6;
        var (x0, y0, x1, y1) = ((int)(image.Left + inset), (int)(image.Top + inset), (int)(image.Right - inset), (int)(image.Bottom - inset));
        var crop = new List<byte>();
        for (var y = y0; y < y1; y++)
        {
            crop.AddRange(frame.AsSpan((y * width + x0) * 4, (x1 - x0) * 4).ToArray());
        }

        return crop.ToArray();
    }

    private static int PixelsDiffering(byte[] a, byte[] b) => Enumerable.Range(0, a.Length / 4).Count(i => Math.Abs(a[i * 4] - b[i * 4]) > 8);

    [Fact]
    public void The_lateral_notch_offset_follows_the_carms_own_rotation_and_not_the_3D_cameras_orbit()
    {
        var path = Path.Combine(_temp, "carm-laterals.yaml");
        File.WriteAllText(path, Laterals);
        using var xvfb = XvfbServer.Start();
        var session = new Session(ScenarioLocator.Load(path), Mode.Assessment, AnatomyJudge.Shared);
        using var window = new TrainerWindow(session, Pelvis.Build(), new TrainerSettings());
        window.DrawFrame();
        var carm = window.Table.Tray.Of(Tool.CArm)!.Key;

        // The lateral preset, then the foot pedal: near a lateral, not on it.
        window.OnKey(carm, true, false, 0);
        window.OnKey('L', true, false, 0);
        window.OnKey(Keys.Space, true, false, 0);
        Assert.Equal("lateral-1", session.Recorded[^1].Event.Do);
        var atPreset = NotchOffset(session);
        Assert.InRange(atPreset, 5.5, 10);
        var presetImage = PanelImage(window);

        // Orbit the 3D camera far, with the mouse (right drag) and with the arrows of the camera tool.
        var direction = window.Camera.Direction;
        window.OnMouseMove(1000, 200);
        window.OnMouseButton(MouseButton.Right, true, 0);
        window.OnMouseMove(1150, 260);
        window.OnMouseButton(MouseButton.Right, false, 0);
        window.OnKey(Tray.ViewKey, true, false, 0);
        window.OnKey(Keys.Right, true, false, Keys.ModShift);
        var orbited = MathF.Acos(Math.Clamp(Vector3.Dot(direction, window.Camera.Direction), -1f, 1f)) * 180f / MathF.PI;
        Assert.True(orbited > 30, $"the camera orbited only {orbited:0}°");

        window.OnKey(carm, true, false, 0);
        window.OnKey(Keys.Space, true, false, 0);
        Assert.Equal("lateral-2", session.Recorded[^1].Event.Do);
        Assert.Equal(atPreset, NotchOffset(session));
        Assert.Equal(0, PixelsDiffering(presetImage, PanelImage(window)));

        // Three 1° turns of the C-arm itself bring the notches together on the image.
        for (var i = 0; i < 3; i++)
        {
            window.OnKey(Keys.Right, true, false, 0);
        }

        window.OnKey(Keys.Space, true, false, 0);
        var adjusted = NotchOffset(session);
        Assert.True(adjusted < 2, $"after three 1° turns the notches are still {adjusted} mm apart");
        var adjustedImage = PanelImage(window);
        Assert.True(PixelsDiffering(presetImage, adjustedImage) > 200, "the image did not change with the C-arm's rotation");

        // Pulling the rotation scale 60 px to the right turns the C-arm back 6°: the notches part again.
        var scale = window.CArmPanelLayout.RotationHandle;
        window.OnMouseMove(scale.MidX, scale.MidY);
        window.OnMouseButton(MouseButton.Left, true, 0);
        window.OnMouseMove(scale.MidX + 60, scale.MidY);
        window.OnMouseButton(MouseButton.Left, false, 0);
        window.OnKey(Keys.Space, true, false, 0);
        Assert.Equal("lateral-4", session.Recorded[^1].Event.Do);
        Assert.True(NotchOffset(session) > atPreset, $"{NotchOffset(session)} mm after turning past the preset, {atPreset} mm at it");
        Assert.Equal(90 + 3 - 6, session.Recorded[^1].Event.With[CArmPoseLog.Rotation].Number!.Value, 3);
        Assert.Equal(4, window.Table.Shots);
    }
}
