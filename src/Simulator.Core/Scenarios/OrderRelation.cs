namespace Simulator.Core.Scenarios;

/// <summary>The "a must come before b" relation between step ids: default chain + <c>after</c> + <c>requires</c>.</summary>
/// <remarks>
/// By default each step comes after the entry listed before it; a step after a group comes after
/// every step of that group, and the first step of a group after whatever precedes the group.
/// <c>after</c> replaces that default; <c>requires</c> adds edges. Precedence scoring uses the
/// transitive closure, so a step is "before" everything downstream of it, not only its neighbour.
/// </remarks>
public sealed class OrderRelation
{
    private readonly Dictionary<string, int> _index;
    private readonly bool[,] _closure;

    private OrderRelation(IReadOnlyList<string> ids, Dictionary<string, int> index, bool[,] closure)
    {
        Ids = ids;
        _index = index;
        _closure = closure;
    }

    /// <summary>Step ids in listed order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>True if <paramref name="a"/> must come before <paramref name="b"/> (directly or transitively).</summary>
    public bool Before(string a, string b) =>
        _index.TryGetValue(a, out var i) && _index.TryGetValue(b, out var j) && _closure[i, j];

    /// <summary>Every ordered pair (a before b) of the closure.</summary>
    public IEnumerable<(string Before, string After)> Pairs()
    {
        for (var i = 0; i < Ids.Count; i++)
        {
            for (var j = 0; j < Ids.Count; j++)
            {
                if (_closure[i, j])
                {
                    yield return (Ids[i], Ids[j]);
                }
            }
        }
    }

    /// <summary>True if both relations order exactly the same pairs of steps.</summary>
    public bool SameOrderAs(OrderRelation other) =>
        Ids.SequenceEqual(other.Ids) && Pairs().ToHashSet().SetEquals(other.Pairs());

    /// <summary>Ids that lie on a cycle (a step that must come before itself); empty for a valid scenario.</summary>
    public IReadOnlyList<string> CyclicIds() =>
        Ids.Where((_, i) => _closure[i, i]).ToList();

    /// <summary>Direct predecessors of each step (the edges before closure), keyed by step id.</summary>
    /// <param name="entries">The scenario's entries.</param>
    /// <param name="includeRequires">Whether <c>requires</c> adds edges.</param>
    /// <param name="afterOf">The <c>after</c> list to use for a step or group instead of its own (null: the default); lint uses it to ask what an <c>after</c> adds.</param>
    public static Dictionary<string, List<string>> DirectPredecessors(
        IReadOnlyList<StepNode> entries, bool includeRequires = true, Func<StepNode, IReadOnlyList<string>?>? afterOf = null)
    {
        afterOf ??= node => node switch
        {
            Step s => s.After,
            StepGroup g => g.After,
            _ => null,
        };

        var preds = new Dictionary<string, List<string>>();
        IReadOnlyList<string> previous = Array.Empty<string>();
        var groups = entries.OfType<StepGroup>().ToDictionary(g => g.Id, g => g.Steps.Select(s => s.Id).ToList());

        IEnumerable<string> Expand(IEnumerable<string> ids) =>
            ids.SelectMany(id => groups.TryGetValue(id, out var inner) ? inner : new List<string> { id });

        void Add(Step step, IReadOnlyList<string> defaultPreds, IReadOnlyList<string>? after)
        {
            var list = new List<string>(Expand(after ?? defaultPreds));
            if (includeRequires)
            {
                list.AddRange(Expand(step.Requires));
            }

            preds[step.Id] = list.Distinct().ToList();
        }

        foreach (var entry in entries)
        {
            if (entry is Step step)
            {
                Add(step, previous, afterOf(step));
                previous = new[] { step.Id };
            }
            else if (entry is StepGroup group)
            {
                var before = previous;
                var groupAfter = afterOf(group);
                for (var i = 0; i < group.Steps.Count; i++)
                {
                    var inner = group.Steps[i];
                    var defaults = i == 0 ? (groupAfter != null ? Expand(groupAfter).ToList() : before) : new[] { group.Steps[i - 1].Id };
                    Add(inner, defaults, afterOf(inner));
                }

                previous = group.Steps.Select(s => s.Id).ToList();
            }
        }

        return preds;
    }

    /// <param name="entries">The scenario's entries.</param>
    /// <param name="afterOf">As for <see cref="DirectPredecessors"/>: an <c>after</c> list to use instead of a node's own.</param>
    public static OrderRelation Build(IReadOnlyList<StepNode> entries, Func<StepNode, IReadOnlyList<string>?>? afterOf = null)
    {
        var preds = DirectPredecessors(entries, afterOf: afterOf);
        var ids = entries.SelectMany(e => e is StepGroup g ? g.Steps.Select(s => s.Id) : new[] { e.Id }).ToList();
        var index = new Dictionary<string, int>();
        for (var i = 0; i < ids.Count; i++)
        {
            index[ids[i]] = i;
        }

        var n = ids.Count;
        var closure = new bool[n, n];
        foreach (var (id, list) in preds)
        {
            foreach (var p in list)
            {
                if (index.TryGetValue(p, out var pi))
                {
                    closure[pi, index[id]] = true;
                }
            }
        }

        // Warshall's algorithm; scenarios have at most a few hundred steps.
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (!closure[i, k])
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    if (closure[k, j])
                    {
                        closure[i, j] = true;
                    }
                }
            }
        }

        return new OrderRelation(ids, index, closure);
    }

    /// <summary>Cycles in "before" direction (a → b means a must come before b), each closed (first == last).</summary>
    public static IEnumerable<List<string>> FindCycles(Dictionary<string, List<string>> preds)
    {
        var successors = preds.Keys.ToDictionary(k => k, _ => new List<string>());
        foreach (var (id, list) in preds)
        {
            foreach (var p in list.Where(successors.ContainsKey))
            {
                successors[p].Add(id);
            }
        }

        var state = new Dictionary<string, int>();
        var stack = new List<string>();
        var cycles = new List<List<string>>();

        void Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            foreach (var next in successors[id])
            {
                var s = state.GetValueOrDefault(next);
                if (s == 1)
                {
                    var start = stack.IndexOf(next);
                    cycles.Add(stack.Skip(start).Append(next).ToList());
                }
                else if (s == 0)
                {
                    Visit(next);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }

        foreach (var id in preds.Keys)
        {
            if (state.GetValueOrDefault(id) == 0)
            {
                Visit(id);
            }
        }

        return cycles;
    }
}
