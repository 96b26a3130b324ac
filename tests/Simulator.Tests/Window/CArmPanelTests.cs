using System.Numerics;
using SkiaSharp;
using Simulator.Anatomy;
using Simulator.App.Window;
using Simulator.Rendering.Scene;

namespace Simulator.Tests.Window;

/// <summary>The C-arm panel's layout and its mouse handles, without a window.</summary>
public class CArmPanelTests
{
    private static readonly SKRect View = new(380, 0, 1280, 736);
    private static readonly CArmPose Lateral = CArmPose.Ideal(CameraView.Lateral, 25, 40);


    [Theory]
    [InlineData(1024, 640, 1f)]
    [InlineData(1280, 800, 1f)]
    [InlineData(1600, 1000, 1f)]
    [InlineData(2560, 1440, 1f)]
    [InlineData(2560, 1440, 2f)]
    public void By_default_the_panel_does_not_cover_the_operated_left_hemipelvis_in_the_surgeons_view(int width, int height, float scale)
    {
        // The 3D view is drawn right of the side panel over the full height; project the left hip bone's every vertex.
        var layout = HudLayout.For(width, height, scale, pixelRatio: scale);
        var left = layout.View.Left;
        var camera = new OrbitCamera();
        camera.SetView(CameraView.Surgeon);
        var viewProjection = camera.View * camera.Projection((width - left) / height);
        var bounds = new SKRect(float.MaxValue, float.MaxValue, float.MinValue, float.MinValue);
        foreach (var vertex in Pelvis.Build().Parts.Single(p => p.Name == "ilium-left").Mesh.Positions)
        {
            var clip = Vector4.Transform(new Vector4(vertex, 1), viewProjection);
            var x = left + (clip.X / clip.W * 0.5f + 0.5f) * (width - left);
            var y = (0.5f - clip.Y / clip.W * 0.5f) * height;
            bounds = new SKRect(Math.Min(bounds.Left, x), Math.Min(bounds.Top, y), Math.Max(bounds.Right, x), Math.Max(bounds.Bottom, y));
        }

        var view = layout.View;
        var panel = new CArmPanel().Layout(view, layout.Scale);
        Assert.False(panel.Outer.IntersectsWith(bounds), $"panel {panel.Outer} covers the left ilium at {bounds}");
        Assert.True(view.Contains(panel.Outer), $"panel {panel.Outer} outside the 3D view {view}");
        Assert.True(panel.Image.Width >= Math.Min(CArmPanel.MinImageSize * layout.Scale, 180), $"image only {panel.Image.Width} px");
        Assert.Equal(panel.Image.Width, panel.Image.Height);
    }

    [Fact]
    public void Dragging_the_title_bar_moves_the_panel_and_it_stays_inside_the_3D_view()
    {
        var panel = new CArmPanel();
        var before = panel.Layout(View, 1f);
        Assert.True(panel.Press(before.Title.MidX, before.Title.MidY, View, 1f));
        Assert.Equal(CArmPanelPart.TitleBar, panel.Dragging);
        Assert.Equal(Lateral, panel.Drag(200, -100, Lateral, View, 1f));
        var after = panel.Layout(View, 1f);
        Assert.Equal(before.Outer.Left + 200, after.Outer.Left, 3);
        Assert.Equal(before.Outer.Top - 100, after.Outer.Top, 3);

        panel.Drag(5000, 5000, Lateral, View, 1f);
        panel.Release();
        var corner = panel.Layout(View, 1f);
        Assert.Equal(View.Right, corner.Outer.Right, 3);
        Assert.Equal(View.Bottom, corner.Outer.Bottom, 3);
        Assert.Equal(CArmPanelPart.None, panel.Dragging);
    }

    [Fact]
    public void Dragging_the_resize_corner_resizes_the_square_image_within_limits()
    {
        var panel = new CArmPanel();
        var before = panel.Layout(View, 1f);
        panel.Press(before.ResizeCorner.MidX, before.ResizeCorner.MidY, View, 1f);
        Assert.Equal(CArmPanelPart.ResizeCorner, panel.Dragging);
        panel.Drag(10, -40, Lateral, View, 1f);
        Assert.Equal(before.Image.Width + 10, panel.Layout(View, 1f).Image.Width, 3);
        Assert.Equal(before.Outer.Left, panel.Layout(View, 1f).Outer.Left, 3);

        panel.Drag(-1000, -1000, Lateral, View, 1f);
        Assert.Equal(CArmPanel.MinImageSize, panel.Layout(View, 1f).Image.Width, 3);
        panel.Drag(5000, 5000, Lateral, View, 1f);
        Assert.True(View.Contains(panel.Layout(View, 1f).Outer));
    }

    [Fact]
    public void Full_view_fills_the_3D_view_from_the_button_and_toggles_back()
    {
        var panel = new CArmPanel();
        var small = panel.Layout(View, 1f);
        Assert.True(panel.Press(small.FullViewButton.MidX, small.FullViewButton.MidY, View, 1f));
        Assert.True(panel.FullView);
        var full = panel.Layout(View, 1f);
        Assert.Equal(View.Height - CArmPanel.FullViewTopInset - CArmPanel.Margin, full.Outer.Height, 3);
        Assert.Equal(View.MidX, full.Outer.MidX, 3);
        Assert.True(full.Image.Width > 2 * small.Image.Width);

        // In full view the title bar does not move it; the button brings it back where it was.
        panel.Press(full.Title.MidX - 40, full.Title.MidY, View, 1f);
        panel.Drag(100, 100, Lateral, View, 1f);
        panel.Release();
        Assert.Equal(full, panel.Layout(View, 1f));
        panel.Press(full.FullViewButton.MidX, full.FullViewButton.MidY, View, 1f);
        Assert.Equal(small, panel.Layout(View, 1f));
    }

    [Fact]
    public void Dragging_the_scales_rotates_and_tilts_the_carm_ten_pixels_a_degree()
    {
        var panel = new CArmPanel();
        var layout = panel.Layout(View, 1f);
        panel.Press(layout.RotationHandle.MidX, layout.RotationHandle.MidY, View, 1f);
        Assert.Equal(CArmPanelPart.RotationHandle, panel.Dragging);
        // Pulling the scale left brings larger angles under the centre mark.
        var rotated = panel.Drag(-35, 12, Lateral, View, 1f);
        Assert.Equal(Lateral.RotationDeg + 3.5f, rotated.RotationDeg, 3);
        Assert.Equal(Lateral.TiltDeg, rotated.TiltDeg);
        panel.Release();

        var large = panel.Layout(View, 2f);
        panel.Press(large.TiltHandle.MidX, large.TiltHandle.MidY, View, 2f);
        Assert.Equal(CArmPanelPart.TiltHandle, panel.Dragging);
        Assert.Equal(-2f, panel.Drag(0, -40, Lateral, View, 2f).TiltDeg, 3);
    }

    [Fact]
    public void Dragging_the_image_moves_the_isocentre_so_the_anatomy_follows_the_mouse()
    {
        var panel = new CArmPanel();
        var layout = panel.Layout(View, 1f);
        panel.Press(layout.Image.MidX, layout.Image.MidY, View, 1f);
        Assert.Equal(CArmPanelPart.Image, panel.Dragging);
        var notch = Pelvis.Build().Landmark("greater-sciatic-notch-left").PointMm;
        var moved = panel.Drag(30, 20, Lateral, View, 1f);
        var shift = (moved.Project(notch) - Lateral.Project(notch)) * (layout.Image.Width / CArmPose.FieldMm);
        // Image y grows upward, screen y downward; the notch, 60 mm nearer the source than the isocentre, is magnified 2 % more.
        Assert.InRange(shift.X, 30f, 30.7f);
        Assert.InRange(shift.Y, -20.5f, -20f);
        Assert.Equal(Lateral.RotationDeg, moved.RotationDeg);
    }

    [Fact]
    public void A_press_outside_the_panel_is_left_to_the_3D_view()
    {
        var panel = new CArmPanel();
        var layout = panel.Layout(View, 1f);
        Assert.False(panel.Press(layout.Outer.Right + 5, layout.Outer.Top - 5, View, 1f));
        Assert.Equal(CArmPanelPart.None, panel.Dragging);
        Assert.Equal(Lateral, panel.Drag(50, 50, Lateral, View, 1f));
    }
}
