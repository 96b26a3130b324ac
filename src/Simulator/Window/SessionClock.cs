using System.Diagnostics;

namespace Simulator.App.Window;

/// <summary>The session clock: it starts at the trainee's first action, not when the window opens, and pauses.</summary>
/// <remarks>
/// Reading the key list (F1), looking around the anatomy or resizing the text before starting costs no
/// time. The first action — picking up an instrument, a C-arm view or shot, any step — starts it at 0.
/// </remarks>
public sealed class SessionClock
{
    private readonly Stopwatch _watch = new();
    private bool _paused;
    private bool _stopped;

    /// <summary>True once the first action has started the clock.</summary>
    public bool Started { get; private set; }

    public bool Paused => _paused;

    /// <summary>Seconds since the first action, pauses excluded (0 before it).</summary>
    public double Seconds => _watch.Elapsed.TotalSeconds;

    /// <summary>Starts the clock at the first action; later calls change nothing.</summary>
    public void Start()
    {
        if (Started || _stopped)
        {
            return;
        }

        Started = true;
        if (!_paused)
        {
            _watch.Start();
        }
    }

    public void Pause()
    {
        _paused = true;
        _watch.Stop();
    }

    public void Resume()
    {
        _paused = false;
        if (Started && !_stopped)
        {
            _watch.Start();
        }
    }

    /// <summary>Stops for good (the session has ended).</summary>
    public void Stop()
    {
        _stopped = true;
        _watch.Stop();
    }
}
