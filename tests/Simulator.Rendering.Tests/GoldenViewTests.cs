using Simulator.Anatomy;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>Each preset view, rendered headless, must match its checked-in PNG within the documented tolerance.</summary>
[Collection("gl")]
public class GoldenViewTests
{
    private const int Width = 480;
    private const int Height = 320;

    public static TheoryData<string> Views() => new() { "lateral", "ap", "inlet", "outlet", "surgeon" };

    [Theory]
    [MemberData(nameof(Views))]
    public void Preset_view_matches_the_golden_image(string name)
    {
        var view = Enum.Parse<CameraView>(name, ignoreCase: true);
        byte[] actual;
        using (var renderer = new OffscreenRenderer(Width, Height, Pelvis.Build()))
        {
            actual = renderer.Render(view);
        }

        GoldenImage.AssertMatches("views", name, actual, Width, Height);
    }

    [Fact]
    public void Views_differ_from_each_other_and_show_bone()
    {
        using var renderer = new OffscreenRenderer(Width, Height, Pelvis.Build());
        var lateral = renderer.Render(CameraView.Lateral);
        var ap = renderer.Render(CameraView.Ap);
        Assert.True(ImageCompare.Compare(lateral, ap).Fraction > 0.1);

        // Bone is light ivory: a good share of the AP view must be bright and warm.
        var bright = 0;
        for (var i = 0; i < ap.Length; i += 4)
        {
            if (ap[i] > 150 && ap[i] >= ap[i + 2])
            {
                bright++;
            }
        }

        Assert.True(bright > Width * Height / 20, $"only {bright} bone-coloured pixels");
    }
}
