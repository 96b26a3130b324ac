using System.Diagnostics;
using System.Globalization;

namespace Simulator.App.Window;

/// <summary>
/// <c>SIMULATOR_EXIT_AFTER_FIRST_FRAME=1</c>: the trainer closes its window as soon as its first frame is on screen (swapped) —
/// the start screen's with no <c>--scenario</c>, the session's with one — saying so on stderr, and exits 0 the way closing the
/// window does. It exists to measure start-up (the <c>StartupBenchmarks</c> in bench/Simulator.Bench, docs/performance.md);
/// nothing is scored or recorded, since no action has been taken.
/// </summary>
public static class FirstFrameExit
{
    public const string EnvironmentVariable = "SIMULATOR_EXIT_AFTER_FIRST_FRAME";

    /// <summary>The line's beginning on stderr when the window closes after its first frame.</summary>
    public const string Message = "simulator: first frame on screen";

    /// <summary>True when the environment asks for it (the variable is <c>1</c>).</summary>
    public static bool Requested => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    /// <summary>
    /// A stop condition for a frame loop that checks it before each frame: null when not <see cref="Requested"/>; otherwise true once
    /// <paramref name="frames"/> counts one frame drawn and swapped, after writing when (since the process started) to <paramref name="error"/>.
    /// </summary>
    /// <param name="frames">Frames the loop has drawn so far.</param>
    /// <param name="error">Where to say so.</param>
    /// <param name="screen">What the frame showed ("start screen", "session").</param>
    /// <param name="requested">Whether to stop at all (default: <see cref="Requested"/>).</param>
    public static Func<bool>? StopCondition(Func<long> frames, TextWriter error, string screen, bool? requested = null)
    {
        if (!(requested ?? Requested))
        {
            return null;
        }

        return () =>
        {
            if (frames() < 1)
            {
                return false;
            }

            var since = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
            error.WriteLine($"{Message} ({screen}) {since.ToString("0", CultureInfo.InvariantCulture)} ms after the process started; "
                + $"closing ({EnvironmentVariable}=1)");
            return true;
        };
    }
}
