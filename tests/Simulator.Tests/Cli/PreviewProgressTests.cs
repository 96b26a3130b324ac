using Simulator.App.Preview;

namespace Simulator.Tests.Cli;

public class PreviewProgressTests
{
    [Fact]
    public void A_pipe_gets_one_line_per_item()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new PreviewProgress(error, terminal: false, total: 2);
        progress.Report(1, "Dock the guide pin #1");
        progress.Report(2, "Dock the guide pin #1 (C-arm lateral)");
        progress.Finish();

        Assert.Equal("preview: 1/2 Dock the guide pin #1\npreview: 2/2 Dock the guide pin #1 (C-arm lateral)\n", error.ToString());
    }

    [Fact]
    public void A_terminal_gets_one_line_redrawn_in_place_never_wider_than_79_and_ended_once()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new PreviewProgress(error, terminal: true, total: 3);
        progress.Report(1, new string('x', 120));
        progress.Report(2, "short");
        progress.Report(3, "done");
        progress.Finish();

        var text = error.ToString();
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.EndsWith("\n", text);
        var draws = text.TrimEnd('\n').Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, draws.Length);
        Assert.All(draws, d => Assert.True(d.Length <= PreviewProgress.TerminalWidth, d));
        Assert.EndsWith("…", draws[0]);
        // The shorter line blanks out what the longer one left behind.
        Assert.Equal(draws[0].Length, draws[1].Length);
        Assert.StartsWith("preview: 2/3 short ", draws[1]);
    }

    [Fact]
    public void A_terminal_line_cut_short_by_a_failure_is_ended_by_finish()
    {
        var error = new StringWriter { NewLine = "\n" };
        var progress = new PreviewProgress(error, terminal: true, total: 5);
        progress.Report(1, "first");
        progress.Finish();
        error.WriteLine("simulator: error: disk full");

        Assert.Equal("\rpreview: 1/5 first\nsimulator: error: disk full\n", error.ToString());
    }
}
