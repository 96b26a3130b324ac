using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary>The HUD is drawn only where it has pixels: the rectangles cover every visible pixel and no empty tile.</summary>
public class OverlayCoverageTests
{
    private static byte[] Bitmap(int width, int height, params PixelRect[] opaque)
    {
        var pixels = new byte[width * height * 4];
        foreach (var r in opaque)
        {
            for (var y = r.Y; y < r.Y + r.Height; y++)
            {
                for (var x = r.X; x < r.X + r.Width; x++)
                {
                    pixels[(y * width + x) * 4 + 3] = 200;
                }
            }
        }

        return pixels;
    }

    private static bool Inside(List<PixelRect> rects, int x, int y) =>
        rects.Any(r => x >= r.X && x < r.X + r.Width && y >= r.Y && y < r.Y + r.Height);

    [Fact]
    public void A_transparent_overlay_has_nothing_to_draw()
    {
        var rects = new List<PixelRect> { new(0, 0, 1, 1) };
        OverlayCoverage.Find(Bitmap(300, 200), 300, 200, rects);
        Assert.Empty(rects);
    }

    [Fact]
    public void A_side_panel_and_a_small_box_become_two_blocks_covering_their_tiles_only()
    {
        const int width = 1280, height = 720;
        var panel = new PixelRect(0, 0, 380, 720);
        var box = new PixelRect(700, 40, 50, 10);
        var pixels = Bitmap(width, height, panel, box);
        var rects = new List<PixelRect>();

        OverlayCoverage.Find(pixels, width, height, rects);

        Assert.Equal(2, rects.Count);
        Assert.Contains(new PixelRect(0, 0, 384, 720), rects);
        Assert.Contains(new PixelRect(672, 32, 96, 32), rects);
        for (var y = 0; y < height; y += 7)
        {
            for (var x = 0; x < width; x += 7)
            {
                if (pixels[(y * width + x) * 4 + 3] != 0)
                {
                    Assert.True(Inside(rects, x, y), $"visible pixel ({x}, {y}) is not drawn");
                }
            }
        }

        var area = rects.Sum(r => (long)r.Width * r.Height);
        Assert.True(area < width * height / 3, $"{area} pixels drawn of {width * height}");
    }

    [Fact]
    public void Every_rectangle_holds_a_visible_pixel_in_each_of_its_tiles_and_none_overlap()
    {
        var random = new Random(7);
        const int width = 333, height = 210;
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < 40; i++)
        {
            pixels[(random.Next(height) * width + random.Next(width)) * 4 + 3] = 1;
        }

        var rects = new List<PixelRect>();
        OverlayCoverage.Find(pixels, width, height, rects);

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var visible = pixels[(y * width + x) * 4 + 3] != 0;
                Assert.True(!visible || Inside(rects, x, y), $"visible pixel ({x}, {y}) is not drawn");
            }
        }

        foreach (var r in rects)
        {
            Assert.InRange(r.X + r.Width, 1, width);
            Assert.InRange(r.Y + r.Height, 1, height);
            for (var ty = r.Y; ty < r.Y + r.Height; ty += OverlayCoverage.Tile)
            {
                for (var tx = r.X; tx < r.X + r.Width; tx += OverlayCoverage.Tile)
                {
                    var any = false;
                    for (var y = ty; y < Math.Min(ty + OverlayCoverage.Tile, height) && !any; y++)
                    {
                        for (var x = tx; x < Math.Min(tx + OverlayCoverage.Tile, width) && !any; x++)
                        {
                            any = pixels[(y * width + x) * 4 + 3] != 0;
                        }
                    }

                    Assert.True(any, $"tile at ({tx}, {ty}) of {r} is empty");
                }
            }

            Assert.DoesNotContain(rects, o => o != r && o.X < r.X + r.Width && r.X < o.X + o.Width && o.Y < r.Y + r.Height && r.Y < o.Y + o.Height);
        }
    }
}
