using System.Collections.Concurrent;

namespace Simulator.App.Scene;

/// <summary>Results of a pure computation by key, safe to share between threads, forgotten all at once when it holds its capacity.</summary>
/// <remarks>
/// For work worth remembering whose keys come from input (a pin's geometry, a plan's points): the memory stays bounded
/// however many distinct keys arrive, and a key seen again within the last <see cref="Capacity"/> distinct ones is not
/// computed again. A capacity of 0 remembers nothing.
/// </remarks>
internal sealed class BoundedMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();

    public BoundedMemo(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>How many results it holds at most.</summary>
    public int Capacity { get; }

    /// <summary>The remembered result for <paramref name="key"/>, else <paramref name="compute"/>(key, arg), remembered.</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> compute, TArg arg)
    {
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key, arg);
        if (Capacity == 0)
        {
            return value;
        }

        if (_values.Count >= Capacity)
        {
            _values.Clear();
        }

        return _values.GetOrAdd(key, value);
    }
}
