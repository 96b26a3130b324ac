using SkiaSharp;
using Simulator.App.Window;

namespace Simulator.Tests.Window;

public class TextLayoutTests
{
    private static readonly SKFont Font = new(SKTypeface.Default, 12.5f);

    [Fact]
    public void Text_cut_at_its_line_limit_ends_with_an_ellipsis_and_fits()
    {
        var why = string.Join(" ", Enumerable.Repeat("Every later decision is made on these three views.", 8));
        var lines = TextLayout.Wrap(why, 200, Font, 4);
        Assert.Equal(4, lines.Count);
        Assert.EndsWith("…", lines[^1]);
        Assert.All(lines, l => Assert.True(Font.MeasureText(l) <= 200, l));
        Assert.DoesNotContain(lines.Take(3), l => l.EndsWith('…'));
    }

    [Fact]
    public void Text_that_fits_is_left_alone_and_a_long_word_is_cut()
    {
        Assert.Equal(new[] { "short text" }, TextLayout.Wrap("short text", 200, Font, 4));
        Assert.Equal(new[] { "one", "two" }, TextLayout.Wrap("one\ntwo", 200, Font, 4));
        var path = TextLayout.Fit("/very/long/results/folder/2026-11-25T09-14-03-si-joint-fusion-mis.report.html", 120, Font);
        Assert.EndsWith("…", path);
        Assert.True(Font.MeasureText(path) <= 120);
        Assert.Equal("", TextLayout.Fit("anything", 1, Font));
    }
}
