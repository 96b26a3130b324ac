using Simulator.App.Window;

namespace Simulator.Tests.Window;

public class FirstFrameExitTests
{
    [Fact]
    public void Without_the_variable_a_frame_loop_gets_no_stop_condition()
    {
        Assert.Null(FirstFrameExit.StopCondition(() => 5, TextWriter.Null, "session", requested: false));
    }

    [Fact]
    public void With_it_the_loop_stops_once_one_frame_is_drawn_and_says_so_once()
    {
        var frames = 0L;
        var error = new StringWriter();
        var stop = FirstFrameExit.StopCondition(() => frames, error, "session", requested: true)!;

        Assert.False(stop());
        Assert.Equal("", error.ToString());
        frames = 1;
        Assert.True(stop());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(FirstFrameExit.Message + " (session) ", line, StringComparison.Ordinal);
        Assert.Contains("ms after the process started", line, StringComparison.Ordinal);
    }
}
