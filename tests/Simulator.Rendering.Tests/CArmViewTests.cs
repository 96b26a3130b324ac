using System.Numerics;
using Simulator.Anatomy;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>The C-arm presets project the pelvis as a C-arm would: a true lateral superimposes paired landmarks.</summary>
public class CArmViewTests
{
    private static readonly Pelvis P = Pelvis.Build();

    /// <summary>Where a point lands on the image, in mm at the target plane (the image is ≈410 mm high).</summary>
    private static Vector2 OnImage(OrbitCamera camera, Vector3 point)
    {
        var clip = Vector4.Transform(new Vector4(point, 1), camera.View * camera.Projection(1f));
        var visibleHeight = 2f * camera.DistanceMm * MathF.Tan(camera.FieldOfViewDeg * MathF.PI / 360f);
        return new Vector2(clip.X, clip.Y) / clip.W * visibleHeight / 2f;
    }

    [Theory]
    [InlineData("greater-sciatic-notch")]
    [InlineData("iliac-cortical-density")]
    public void The_lateral_preset_is_a_true_lateral(string landmark)
    {
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Lateral);
        var left = OnImage(camera, P.Landmark($"{landmark}-left").PointMm);
        var right = OnImage(camera, P.Landmark($"{landmark}-right").PointMm);
        Assert.True(Vector2.Distance(left, right) < 3f, $"{landmark}: left and right {Vector2.Distance(left, right):0.0} mm apart on the lateral image");
    }

    [Fact]
    public void An_orbit_view_off_the_lateral_separates_the_notches()
    {
        // The check has teeth: rotating the beam 5° out of the lateral moves the notches apart.
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Lateral);
        camera.Orbit(5f * MathF.PI / 180f, 0);
        var left = OnImage(camera, P.Landmark("greater-sciatic-notch-left").PointMm);
        var right = OnImage(camera, P.Landmark("greater-sciatic-notch-right").PointMm);
        Assert.True(Vector2.Distance(left, right) > 6f);
    }

    [Fact]
    public void The_surgeon_view_uses_the_orbit_distance_and_the_carm_views_a_long_throw()
    {
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Outlet);
        Assert.Equal(OrbitCamera.CArmDistanceMm, camera.DistanceMm);
        camera.SetView(CameraView.Surgeon);
        Assert.Equal(OrbitCamera.OrbitDistanceMm, camera.DistanceMm);
        Assert.Equal(OrbitCamera.OrbitFieldOfViewDeg, camera.FieldOfViewDeg);
    }
}
