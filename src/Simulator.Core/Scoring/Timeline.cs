using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Turns an alignment of performed onto reference into timeline rows.</summary>
public static class Timeline
{
    /// <summary>The rows of <paramref name="alignment"/>, in order; a transposition becomes two <see cref="TimelineStatus.Swapped"/> rows.</summary>
    /// <param name="scenario">Where the names come from.</param>
    /// <param name="alignment">An alignment of <paramref name="performed"/> onto <paramref name="reference"/> (<see cref="EditDistance.Align{T}"/>).</param>
    /// <param name="performed">Performed ids.</param>
    /// <param name="reference">Reference ids.</param>
    /// <param name="times">Time per performed event, index for index with <paramref name="performed"/>.</param>
    public static IReadOnlyList<TimelineRow> Build(
        Scenario scenario,
        IReadOnlyList<EditOperation> alignment,
        IReadOnlyList<string> performed,
        IReadOnlyList<string> reference,
        IReadOnlyList<TimedEvent> times)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(alignment);
        var rows = new List<TimelineRow>(alignment.Count + 1);

        TimelineRow Row(TimelineStatus status, int? a, int? b)
        {
            var p = a is { } i ? performed[i] : null;
            var r = b is { } j ? reference[j] : null;
            var time = a is { } k ? times[k] : null;
            return new TimelineRow(status, p, NameOf(scenario, p), r, NameOf(scenario, r), time?.AtSeconds, time?.Seconds);
        }

        foreach (var op in alignment)
        {
            switch (op.Kind)
            {
                case EditKind.Match:
                    rows.Add(Row(TimelineStatus.Match, op.IndexA, op.IndexB));
                    break;
                case EditKind.Substitute:
                    rows.Add(Row(TimelineStatus.Substituted, op.IndexA, op.IndexB));
                    break;
                case EditKind.Delete:
                    rows.Add(Row(TimelineStatus.Extra, op.IndexA, null));
                    break;
                case EditKind.Insert:
                    rows.Add(Row(TimelineStatus.Missing, null, op.IndexB));
                    break;
                case EditKind.Transpose:
                    rows.Add(Row(TimelineStatus.Swapped, op.IndexA, op.IndexB));
                    rows.Add(Row(TimelineStatus.Swapped, op.IndexA + 1, op.IndexB + 1));
                    break;
            }
        }

        return rows;
    }

    private static string? NameOf(Scenario scenario, string? id) =>
        id is null ? null : scenario.FindStep(id)?.Name ?? scenario.FindDistractor(id)?.Name ?? id;
}
