using System.Globalization;
using Simulator.Core.Attempts;

namespace Simulator.App.Reports;

/// <summary>The hints a guided trainee took (the plan shown), in one line for every debrief: window, text, HTML, replay.</summary>
public static class HintSummary
{
    /// <summary>"Hints taken: the plan was shown 2 times (at 0:41, 2:10)." or null when none were taken.</summary>
    public static string? Line(IReadOnlyList<SessionNote> notes)
    {
        var shown = notes.Where(n => n.Note == SessionNote.PlanShown).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var times = string.Join(", ", shown.Select(n => Clock(n.At)));
        var count = shown.Count == 1 ? "once" : $"{shown.Count} times";
        return $"Hints taken: the plan was shown {count} (at {times}). Hints are not scored; try the next attempt without them.";
    }

    private static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}:{t.Seconds:00}");
    }
}
