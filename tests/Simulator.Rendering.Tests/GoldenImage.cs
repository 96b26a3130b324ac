using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Simulator.Rendering.Tests;

/// <summary>
/// Compares a rendered image with its checked-in golden PNG (or rewrites it with UPDATE_GOLDEN=1). The golden files of a test
/// project are in its own <c>Golden/&lt;kind&gt;</c> folder (this file is linked into Simulator.EndToEnd.Tests too).
/// </summary>
public static class GoldenImage
{
    public static void AssertMatches(string kind, string name, byte[] actual, int width, int height)
    {
        var project = typeof(GoldenImage).Assembly.GetName().Name!;
        var golden = Path.Combine(RepoPaths.Root, "tests", project, "Golden", kind, name + ".png");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Write(golden, actual, width, height);
        }

        var (expected, w, h) = Read(golden);
        Assert.Equal((width, height), (w, h));
        var (fraction, diff) = ImageCompare.Compare(expected, actual);
        if (fraction > ImageCompare.MaxDifferingFraction)
        {
            var outDir = Path.Combine(RepoPaths.Root, "TestResults", "golden-diffs");
            Write(Path.Combine(outDir, $"{kind}-{name}-actual.png"), actual, width, height);
            Write(Path.Combine(outDir, $"{kind}-{name}-diff.png"), diff, width, height);
            Assert.Fail($"{kind}/{name}: {fraction:P2} of pixels differ (limit {ImageCompare.MaxDifferingFraction:P0}); see {outDir}");
        }
    }

    private static void Write(string path, byte[] rgba, int width, int height)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = Image.LoadPixelData<Rgba32>(rgba, width, height);
        image.SaveAsPng(path);
    }

    private static (byte[] Rgba, int Width, int Height) Read(string path)
    {
        using var image = Image.Load<Rgba32>(path);
        var pixels = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(pixels);
        return (pixels, image.Width, image.Height);
    }
}
