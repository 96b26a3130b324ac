namespace Simulator.Rendering.Scene;

/// <summary>A rectangle in pixels, origin top-left; <paramref name="Opaque"/> when every pixel in it is fully opaque (drawn without blending).</summary>
public readonly record struct PixelRect(int X, int Y, int Width, int Height, bool Opaque = false);

/// <summary>
/// Finds where an overlay bitmap has anything to show, as a few rectangles of whole tiles. Drawing only those rectangles,
/// rather than a full-window quad, keeps the HUD from costing a full-screen blended pass on a CPU rasteriser.
/// </summary>
public static class OverlayCoverage
{
    /// <summary>Tile edge in pixels.</summary>
    public const int Tile = 32;

    /// <summary>
    /// The tiles of <paramref name="pixels"/> (4 bytes per pixel, alpha in byte 3, rows top first) with any pixel not fully
    /// transparent, merged into runs along a row and then into blocks of rows with the same runs; appended to <paramref name="into"/>.
    /// Tiles whose every pixel is fully opaque are kept apart from the rest (<see cref="PixelRect.Opaque"/>): they need no blending.
    /// </summary>
    public static void Find(ReadOnlySpan<byte> pixels, int width, int height, List<PixelRect> into)
    {
        into.Clear();
        if (pixels.Length < width * height * 4)
        {
            throw new ArgumentException($"{pixels.Length} bytes is less than {width}×{height} pixels", nameof(pixels));
        }

        var columns = (width + Tile - 1) / Tile;
        var covered = new bool[columns];
        var seeThrough = new bool[columns];
        var open = new List<PixelRect>();
        var row = new List<PixelRect>();
        for (var ty = 0; ty * Tile < height; ty++)
        {
            var y0 = ty * Tile;
            var rows = Math.Min(Tile, height - y0);
            Array.Clear(covered);
            Array.Clear(seeThrough);
            for (var y = y0; y < y0 + rows; y++)
            {
                var line = pixels.Slice(y * width * 4, width * 4);
                for (var tx = 0; tx < columns; tx++)
                {
                    if (covered[tx] && seeThrough[tx])
                    {
                        continue;
                    }

                    var end = Math.Min(width, (tx + 1) * Tile);
                    for (var x = tx * Tile; x < end; x++)
                    {
                        var alpha = line[x * 4 + 3];
                        covered[tx] |= alpha != 0;
                        seeThrough[tx] |= alpha != 255;
                        if (covered[tx] && seeThrough[tx])
                        {
                            break;
                        }
                    }
                }
            }

            row.Clear();
            for (var tx = 0; tx < columns;)
            {
                if (!covered[tx])
                {
                    tx++;
                    continue;
                }

                var start = tx;
                var opaque = !seeThrough[tx];
                while (tx < columns && covered[tx] && !seeThrough[tx] == opaque)
                {
                    tx++;
                }

                var x0 = start * Tile;
                row.Add(new PixelRect(x0, y0, Math.Min(width, tx * Tile) - x0, rows, opaque));
            }

            // A run with the same span as an open block directly above extends it; the rest of the open blocks are finished.
            var next = new List<PixelRect>(row.Count);
            foreach (var run in row)
            {
                var above = open.FindIndex(b => b.X == run.X && b.Width == run.Width && b.Opaque == run.Opaque && b.Y + b.Height == run.Y);
                if (above >= 0)
                {
                    var block = open[above];
                    open.RemoveAt(above);
                    next.Add(block with { Height = block.Height + run.Height });
                }
                else
                {
                    next.Add(run);
                }
            }

            into.AddRange(open);
            open = next;
        }

        into.AddRange(open);
    }
}
