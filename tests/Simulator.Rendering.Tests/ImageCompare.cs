namespace Simulator.Rendering.Tests;

/// <summary>Per-pixel comparison of RGBA images with a tolerance, producing a diff image for humans.</summary>
/// <remarks>
/// Tolerance (documented in docs/rendering.md): a pixel differs when any channel differs by more than
/// <see cref="ChannelTolerance"/>; the images match when at most <see cref="MaxDifferingFraction"/> of pixels differ.
/// This absorbs rasterisation noise between Mesa versions while catching a moved or missing structure.
/// </remarks>
public static class ImageCompare
{
    public const int ChannelTolerance = 24;
    public const double MaxDifferingFraction = 0.01;

    public static (double Fraction, byte[] Diff) Compare(byte[] expected, byte[] actual)
    {
        if (expected.Length != actual.Length)
        {
            throw new ArgumentException($"image sizes differ ({expected.Length} vs {actual.Length} bytes)");
        }

        var diff = new byte[actual.Length];
        var differing = 0;
        for (var i = 0; i < actual.Length; i += 4)
        {
            var max = 0;
            for (var c = 0; c < 3; c++)
            {
                max = Math.Max(max, Math.Abs(expected[i + c] - actual[i + c]));
            }

            var grey = (byte)(actual[i] / 4 + actual[i + 1] / 4 + actual[i + 2] / 4);
            if (max > ChannelTolerance)
            {
                differing++;
                (diff[i], diff[i + 1], diff[i + 2]) = ((byte)255, (byte)0, (byte)255);
            }
            else
            {
                (diff[i], diff[i + 1], diff[i + 2]) = (grey, grey, grey);
            }

            diff[i + 3] = 255;
        }

        return ((double)differing / (actual.Length / 4), diff);
    }
}
