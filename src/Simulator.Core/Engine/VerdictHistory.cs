using System.Collections;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Engine;

/// <summary>
/// A session's verdicts in submission order, indexed as they are added: how often each event id was performed and where each
/// action was performed, so that a judge's questions about the history ("how many marks so far?", "where was the last pin
/// advanced?") do not walk the whole of it for every event.
/// </summary>
/// <remarks>
/// It is an <see cref="IList{T}"/> only so that LINQ's list shortcuts apply (<c>LastOrDefault</c> reads from the end,
/// <c>ToList</c> copies at once); as such it is read-only: <see cref="Add"/> is the one way in.
/// A session records into one (its <see cref="Session.Recorded"/>) and hands it to its <see cref="IGeometryJudge"/>;
/// <see cref="Of"/> indexes any other list of verdicts the same way, once. "Performed" is <see cref="EventVerdict.Performed"/>:
/// everything but refusals, redos included. An event's action is its step's or distractor's <c>action</c>.
/// </remarks>
public sealed class VerdictHistory : IReadOnlyList<EventVerdict>, IList<EventVerdict>
{
    private static readonly int[] NoIndices = [];

    private readonly List<EventVerdict> _verdicts = new();
    private readonly Dictionary<string, int> _performedById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _performedByAction = new(StringComparer.Ordinal);

    /// <summary>An empty history of events at <paramref name="scenario"/>.</summary>
    public VerdictHistory(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
    }

    /// <summary>The scenario that tells each event's action.</summary>
    public Scenario Scenario { get; }

    public int Count => _verdicts.Count;

    public EventVerdict this[int index] => _verdicts[index];

    bool ICollection<EventVerdict>.IsReadOnly => true;

    EventVerdict IList<EventVerdict>.this[int index]
    {
        get => _verdicts[index];
        set => throw ReadOnly();
    }

    /// <summary><paramref name="verdicts"/> itself if it is a history of <paramref name="scenario"/>, else a new history of the same verdicts.</summary>
    public static VerdictHistory Of(Scenario scenario, IReadOnlyList<EventVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if (verdicts is VerdictHistory history && history.Scenario == scenario)
        {
            return history;
        }

        var indexed = new VerdictHistory(scenario);
        foreach (var verdict in verdicts)
        {
            indexed.Add(verdict);
        }

        return indexed;
    }

    /// <summary>Appends <paramref name="verdict"/> and indexes it.</summary>
    public void Add(EventVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Performed)
        {
            var id = verdict.Event.Do;
            _performedById[id] = _performedById.GetValueOrDefault(id) + 1;
            if (ActionOf(id) is { Length: > 0 } action)
            {
                if (!_performedByAction.TryGetValue(action, out var indices))
                {
                    _performedByAction[action] = indices = new List<int>();
                }

                indices.Add(_verdicts.Count);
            }
        }

        _verdicts.Add(verdict);
    }

    /// <summary>How many performed verdicts are of events with id <paramref name="id"/> (redos included).</summary>
    public int PerformedCount(string id) => _performedById.GetValueOrDefault(id);

    /// <summary>The positions of the performed verdicts whose event does <paramref name="action"/>, in ascending order.</summary>
    public IReadOnlyList<int> PerformedIndices(string action) =>
        _performedByAction.TryGetValue(action, out var indices) ? indices : NoIndices;

    /// <summary>The action of the step or distractor <paramref name="id"/>, or null if the scenario has neither.</summary>
    public string? ActionOf(string id) => Scenario.FindStep(id)?.Action ?? Scenario.FindDistractor(id)?.Action;

    public bool Contains(EventVerdict item) => _verdicts.Contains(item);

    public int IndexOf(EventVerdict item) => _verdicts.IndexOf(item);

    public void CopyTo(EventVerdict[] array, int arrayIndex) => _verdicts.CopyTo(array, arrayIndex);

    public List<EventVerdict>.Enumerator GetEnumerator() => _verdicts.GetEnumerator();

    IEnumerator<EventVerdict> IEnumerable<EventVerdict>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<EventVerdict>.Add(EventVerdict item) => throw ReadOnly();

    void IList<EventVerdict>.Insert(int index, EventVerdict item) => throw ReadOnly();

    void IList<EventVerdict>.RemoveAt(int index) => throw ReadOnly();

    bool ICollection<EventVerdict>.Remove(EventVerdict item) => throw ReadOnly();

    void ICollection<EventVerdict>.Clear() => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("a verdict history is appended to only by its Add");
}
