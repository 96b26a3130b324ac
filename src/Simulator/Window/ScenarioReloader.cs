using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>
/// Live reload for educators: watches the session's scenario file and, when it changes, loads it again. A valid edit replaces the
/// session, keeping what was done when every performed step still exists (replayed into the new scenario) or restarting with a
/// note when one does not, and prints <c>reloaded: PATH</c>. An invalid edit prints its located errors and shows them in the HUD;
/// the window keeps running on the last valid version.
/// </summary>
/// <remarks>Polled from the frame loop (main thread) at most twice a second: a file stamp check, then the content.</remarks>
public sealed class ScenarioReloader
{
    /// <summary>How often the file is looked at, seconds.</summary>
    public const double IntervalSeconds = 0.5;

    private readonly TrainerWindow _window;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private double _nextCheck;
    private (DateTime Written, long Length) _stamp = (DateTime.MinValue, -2);
    private string _hash;

    public ScenarioReloader(TrainerWindow window, string path, TextWriter output, TextWriter error)
    {
        _window = window;
        Path = System.IO.Path.GetFullPath(path);
        _output = output;
        _error = error;
        // Compared with the content the session was loaded from, so an edit saved while the window was opening still counts.
        _hash = window.Session.Scenario.ContentHash;
    }

    /// <summary>The file watched.</summary>
    public string Path { get; }

    /// <summary>The located errors of the last invalid edit, or empty while the file is valid.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = Array.Empty<string>();

    /// <summary>Looks at the file if <see cref="IntervalSeconds"/> have passed since the last look; reloads it if its content changed.</summary>
    /// <returns>True if the scenario was reloaded or found invalid (the HUD has something new to say).</returns>
    public bool Poll(double nowSeconds)
    {
        if (nowSeconds < _nextCheck)
        {
            return false;
        }

        _nextCheck = nowSeconds + IntervalSeconds;
        var stamp = Stamp();
        if (stamp == _stamp)
        {
            return false;
        }

        _stamp = stamp;
        var hash = Core.Scenarios.ScenarioLoader.ContentHash(Path);
        if (hash.Length == 0 || hash == _hash)
        {
            // Deleted, unreadable, or touched without a change: keep running on what is loaded.
            return false;
        }

        _hash = hash;
        return Reload();
    }

    /// <summary>Loads the file now and adopts it if it is valid; true either way (there is news for the HUD).</summary>
    public bool Reload()
    {
        var result = ScenarioLocator.LoadFile(Path);
        if (!result.Ok)
        {
            Errors = result.Errors.Select(e => e.ToString()).ToList();
            foreach (var error in Errors)
            {
                _error.WriteLine(error);
            }

            _window.Table.Announce(FeedbackMessage.Notice("✗ SCENARIO NOT RELOADED", FeedbackTone.Problem,
                Errors.Take(3).Append("Still running the last valid version; fix the file and save it again.").ToArray()));
            _window.MarkDirty();
            return true;
        }

        Errors = Array.Empty<string>();
        var (table, lost) = Rebuild(_window.Table, result.Value!, _window.ClockSeconds);
        _window.Adopt(table);
        var note = lost is null
            ? new SessionNote(SessionNote.ScenarioReloaded, Math.Round(_window.ClockSeconds(), 1), $"reloaded the scenario from {Path}; kept the {table.Session.Recorded.Count} events so far")
            : new SessionNote(SessionNote.ScenarioReloaded, Math.Round(_window.ClockSeconds(), 1), $"reloaded the scenario from {Path}; restarted: '{lost}' is no longer in it");
        table.AddNote(note);
        table.Announce(FeedbackMessage.Notice("↻ SCENARIO RELOADED", lost is null ? FeedbackTone.Good : FeedbackTone.Warning,
            lost is null ? "The session goes on with the edited scenario." : $"Restarted: '{lost}' is no longer in the scenario."));
        _output.WriteLine($"reloaded: {Path}");
        _window.MarkDirty();
        return true;
    }

    /// <summary>
    /// A table on <paramref name="scenario"/> with what <paramref name="old"/> did replayed into it, or an empty one and the first
    /// performed id the edited scenario no longer has.
    /// </summary>
    public static (OperatingTable Table, string? Lost) Rebuild(OperatingTable old, Scenario scenario, Func<double> clock)
    {
        var session = new Session(scenario, old.Session.Mode, AnatomyJudge.Shared);
        var table = new OperatingTable(session, old.Pelvis, clock) { Tool = old.Tool, CArm = old.CArm };
        table.KeepNotes(old.Notes);
        var events = old.Session.Recorded.Select(v => v.Event).ToList();
        var lost = events.FirstOrDefault(e => scenario.FindStep(e.Do) is null && scenario.FindDistractor(e.Do) is null)?.Do;
        if (lost is null)
        {
            foreach (var e in events)
            {
                table.Submit(e);
            }
        }

        return (table, lost);
    }

    private (DateTime, long) Stamp()
    {
        try
        {
            var info = new FileInfo(Path);
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
        }
        catch (IOException)
        {
            return (DateTime.MinValue, -1);
        }
    }
}
