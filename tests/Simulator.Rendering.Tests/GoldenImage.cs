using Simulator.App.Imaging;

namespace Simulator.Rendering.Tests;

/// <summary>Compares a rendered image with its checked-in golden PNG (or rewrites it with UPDATE_GOLDEN=1).</summary>
public static class GoldenImage
{
    public static void AssertMatches(string kind, string name, byte[] actual, int width, int height)
    {
        var golden = Path.Combine(RepoPaths.Root, "tests", "Simulator.Rendering.Tests", "Golden", kind, name + ".png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            PngFile.Write(golden, actual, width, height);
        }

        var (expected, w, h) = PngFile.Read(golden);
        Assert.Equal((width, height), (w, h));
        var (fraction, diff) = ImageCompare.Compare(expected, actual);
        if (fraction > ImageCompare.MaxDifferingFraction)
        {
            var outDir = Path.Combine(RepoPaths.Root, "TestResults", "golden-diffs");
            PngFile.Write(Path.Combine(outDir, $"{kind}-{name}-actual.png"), actual, width, height);
            PngFile.Write(Path.Combine(outDir, $"{kind}-{name}-diff.png"), diff, width, height);
            Assert.Fail($"{kind}/{name}: {fraction:P2} of pixels differ (limit {ImageCompare.MaxDifferingFraction:P0}); see {outDir}");
        }
    }
}
