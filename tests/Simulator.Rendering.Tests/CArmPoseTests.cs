using System.Numerics;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>The C-arm pose as pure geometry: its camera, its presets against the pelvis's own views, the view it is nearest to.</summary>
public class CArmPoseTests
{
    private const float Inlet = 25f;
    private const float Outlet = 40f;

    [Theory]
    [InlineData(CameraView.Lateral)]
    [InlineData(CameraView.Ap)]
    [InlineData(CameraView.Inlet)]
    [InlineData(CameraView.Outlet)]
    public void The_ideal_pose_shoots_along_the_orbit_camera_preset_and_the_preset_is_the_patient_roll_off(CameraView view)
    {
        var preset = new OrbitCamera { InletTiltDeg = Inlet, OutletTiltDeg = Outlet };
        preset.SetView(view);
        var ideal = CArmPose.Ideal(view, Inlet, Outlet).Camera();
        Assert.True(Vector3.Distance(preset.Direction, ideal.Direction) < 1e-5f, $"{view}: {ideal.Direction} vs {preset.Direction}");
        Assert.True(Vector3.Distance(preset.Up, ideal.Up) < 1e-5f);
        Assert.Equal(OrbitCamera.CArmDistanceMm, ideal.DistanceMm);
        Assert.Equal(CArmPose.FieldMm, 2f * ideal.DistanceMm * MathF.Tan(ideal.FieldOfViewDeg * MathF.PI / 360f), 2);

        var off = CArmPose.Preset(view, Inlet, Outlet).SourceDirection;
        var degrees = MathF.Acos(Math.Clamp(Vector3.Dot(off, preset.Direction), -1f, 1f)) * 180f / MathF.PI;
        // The roll is about the long axis, so a tilted beam is turned a little less than the roll itself.
        Assert.InRange(degrees, CArmPose.PatientRollDeg * MathF.Cos(Outlet * MathF.PI / 180f) - 0.01f, CArmPose.PatientRollDeg + 0.01f);
    }

    [Fact]
    public void Project_is_where_the_camera_puts_a_point_in_mm_at_the_isocentre_plane()
    {
        var pose = new CArmPose(80f, 7f, new Vector3(10, -20, 30));
        var camera = pose.Camera();
        Assert.Equal(pose.IsocentreMm, camera.Target);
        foreach (var point in new[] { new Vector3(60, 23, -85), new Vector3(-60, 23, -85), new Vector3(5, -40, 20) })
        {
            var clip = Vector4.Transform(new Vector4(point, 1), camera.View * camera.Projection(1f));
            var expected = new Vector2(clip.X, clip.Y) / clip.W * CArmPose.FieldMm / 2f;
            Assert.True(Vector2.Distance(expected, pose.Project(point)) < 0.01f, $"{point}: {pose.Project(point)} vs {expected}");
        }

        Assert.True(pose.Project(pose.IsocentreMm).Length() < 1e-3f);
    }

    [Fact]
    public void Rotation_turns_the_beam_about_the_long_axis_and_tilt_tips_it_cranially_or_caudally()
    {
        var lateral = CArmPose.Ideal(CameraView.Lateral, Inlet, Outlet);
        var rotated = lateral.Rotated(10f);
        Assert.Equal(0f, rotated.SourceDirection.Z, 5);
        Assert.Equal(10f, Degrees(lateral.SourceDirection, rotated.SourceDirection), 2);

        var tilted = CArmPose.Ideal(CameraView.Ap, Inlet, Outlet).Tilted(25f);
        Assert.Equal(MathF.Sin(25f * MathF.PI / 180f), tilted.SourceDirection.Z, 5);
        Assert.True(tilted.Tilted(-50f).SourceDirection.Z < 0, "a negative tilt moves the source caudally (outlet)");
    }

    [Fact]
    public void Moving_on_the_image_shifts_the_isocentre_in_the_image_plane_and_the_pose_is_clamped()
    {
        var pose = CArmPose.Ideal(CameraView.Lateral, Inlet, Outlet);
        var moved = pose.MovedOnImage(10f, -5f);
        Assert.Equal(MathF.Sqrt(125f), Vector3.Distance(pose.IsocentreMm, moved.IsocentreMm), 3);
        Assert.Equal(0f, Vector3.Dot(moved.IsocentreMm - pose.IsocentreMm, pose.SourceDirection), 3);
        Assert.Equal(new Vector2(10f, -5f), pose.Project(moved.IsocentreMm), new Vector2Comparer(0.05f));

        Assert.Equal(CArmPose.RotationLimitDeg, pose.Rotated(500f).RotationDeg);
        Assert.Equal(-CArmPose.TiltLimitDeg, pose.Tilted(-500f).TiltDeg);
        Assert.Equal(CArmPose.OffsetLimitMm, pose.Moved(new Vector3(0, 0, 999f)).OffsetMm.Z);
    }

    [Theory]
    [InlineData(90f, 0f, CameraView.Lateral)]
    [InlineData(-90f, 0f, CameraView.Lateral)]
    [InlineData(60f, 0f, CameraView.Lateral)]
    [InlineData(0f, 0f, CameraView.Ap)]
    [InlineData(30f, 0f, CameraView.Ap)]
    [InlineData(0f, 10f, CameraView.Ap)]
    [InlineData(0f, 20f, CameraView.Inlet)]
    [InlineData(5f, 35f, CameraView.Inlet)]
    [InlineData(0f, -30f, CameraView.Outlet)]
    [InlineData(-3f, -55f, CameraView.Outlet)]
    public void A_shot_is_taken_as_the_view_nearest_the_pose(float rotationDeg, float tiltDeg, CameraView expected)
    {
        Assert.Equal(expected, new CArmPose(rotationDeg, tiltDeg, Vector3.Zero).NearestView(Inlet, Outlet));
    }

    private static float Degrees(Vector3 a, Vector3 b) => MathF.Acos(Math.Clamp(Vector3.Dot(a, b), -1f, 1f)) * 180f / MathF.PI;

    private sealed class Vector2Comparer(float tolerance) : IEqualityComparer<Vector2>
    {
        public bool Equals(Vector2 x, Vector2 y) => Vector2.Distance(x, y) <= tolerance;

        public int GetHashCode(Vector2 obj) => 0;
    }
}
