using Simulator.App.Window;

namespace Simulator.Tests.Window;

public class SessionClockTests
{
    [Fact]
    public void The_clock_stands_still_until_the_first_action_and_while_paused()
    {
        var clock = new SessionClock();
        Thread.Sleep(30);
        Assert.False(clock.Started);
        Assert.Equal(0, clock.Seconds);

        clock.Pause();
        clock.Resume();
        Thread.Sleep(20);
        Assert.Equal(0, clock.Seconds);

        clock.Start();
        Thread.Sleep(30);
        Assert.True(clock.Seconds > 0.02);
        clock.Pause();
        var paused = clock.Seconds;
        Thread.Sleep(30);
        Assert.Equal(paused, clock.Seconds);
        clock.Resume();
        clock.Stop();
        var stopped = clock.Seconds;
        clock.Start();
        Thread.Sleep(20);
        Assert.Equal(stopped, clock.Seconds);
    }
}
