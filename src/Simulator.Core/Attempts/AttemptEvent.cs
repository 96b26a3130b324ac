namespace Simulator.Core.Attempts;

/// <summary>One action: <c>{do: id, at: seconds, with: {measurement: value}}</c> — the one event vocabulary.</summary>
/// <param name="Do">A step or distractor id.</param>
/// <param name="At">Seconds from the start of the attempt.</param>
/// <param name="With">Measurements named as in the step's targets.</param>
/// <param name="Line">1-based line in the source file (0 when built in code).</param>
/// <param name="Column">1-based column in the source file (0 when built in code).</param>
public sealed record AttemptEvent(string Do, double At, IReadOnlyDictionary<string, Measurement> With, int Line = 0, int Column = 0)
{
    /// <summary>
    /// <c>redo: true</c>: the trainee withdrew and did the step's last occurrence again (a pin re-docked or re-aimed), rather than
    /// performing its next occurrence. Written to logs and attempt files only when true.
    /// </summary>
    public bool Redo { get; init; }

    /// <summary>The latest an event may be, in seconds from the start (about 115 days): later is a corrupt file, not a session.</summary>
    /// <remarks>Attempt files and session logs reject a later <c>at</c>, so times stay far inside what clocks and durations can hold.</remarks>
    public const double MaxAtSeconds = 10_000_000;

    public static AttemptEvent Of(string id, double at, params (string Name, double Value)[] with) =>
        new(id, at, with.ToDictionary(w => w.Name, w => Measurement.Of(w.Value)));
}
