using Simulator.Core.Engine;

namespace Simulator.Core.Scenarios.Lint;

/// <summary>Order and precondition clauses that can never be met, or that say nothing the listed order does not.</summary>
internal static class OrderLint
{
    /// <summary>
    /// A <c>requires</c> that cannot be satisfied: one the listed order itself does not meet (replayed occurrence by
    /// occurrence through <see cref="Preconditions"/>), or a required step that requires an optional one.
    /// </summary>
    /// <remarks>
    /// Repeats alone never make a requirement impossible: the k-th occurrence of S needs R performed
    /// ⌈k × expected(R) / expected(S)⌉ times, capped at expected(R), so a step repeated more often than what it
    /// requires needs no more of it than the reference performs (a 3× step requiring a 1× step needs it once). Since
    /// the loader rejects a <c>requires</c> naming a later step, the replay is a guard for scenarios built in code and
    /// for any change of that rule; leaving out an optional step, which costs nothing, is the case a trainee meets.
    /// </remarks>
    public static void Requires(Scenario scenario, Action<int, int, string> warn)
    {
        var counts = new Dictionary<string, int>();
        var reported = new HashSet<string>();
        foreach (var step in scenario.ExpandedReference())
        {
            var k = counts.GetValueOrDefault(step.Id) + 1;
            if (Preconditions.FirstUnmet(scenario, step, k, counts) is { } unmet && reported.Add(step.Id + "→" + unmet.Required.Id))
            {
                warn(step.Line, step.Column,
                    $"step '{step.Id}' #{k} requires '{unmet.Required.Id}' performed {unmet.Needed} time(s), but the listed order has performed it "
                    + $"{unmet.Performed} time(s) by then: the reference itself is refused");
            }

            counts[step.Id] = k;
        }

        foreach (var step in scenario.Steps.Where(s => !s.Optional))
        {
            foreach (var required in Expand(scenario, step.Requires).Where(r => r.Optional).Distinct())
            {
                warn(step.Line, step.Column,
                    $"step '{step.Id}' requires optional step '{required.Id}': a trainee who leaves '{required.Id}' out, as 'optional' allows, "
                    + $"can never do '{step.Id}' (refused in guided mode, a critical error in assessment)");
            }
        }
    }

    /// <summary>
    /// An <c>after</c> the listed order already implies: the whole list, when leaving it out (the default: after the
    /// entry listed before) orders exactly the same pairs of steps; or one id in it, when the rest of the list and the
    /// step's <c>requires</c> already put that id before it.
    /// </summary>
    public static void After(Scenario scenario, Action<int, int, string> warn)
    {
        var actual = OrderRelation.Build(scenario.Entries);
        var nodes = scenario.Entries.SelectMany(e => e is StepGroup g ? g.Steps.Prepend<StepNode>(g) : new[] { e });
        foreach (var node in nodes)
        {
            var after = AfterOf(node);
            if (after is not { Count: > 0 })
            {
                continue;
            }

            var what = node is StepGroup ? "group" : "step";
            var list = "[" + string.Join(", ", after) + "]";
            if (OrderRelation.Build(scenario.Entries, n => ReferenceEquals(n, node) ? null : AfterOf(n)).SameOrderAs(actual))
            {
                warn(node.Line, node.Column,
                    $"'after: {list}' of {what} '{node.Id}' is already implied by the listed order: without it the {what} follows the entry listed before it, which orders the same steps");
                continue;
            }

            if (after.Count < 2)
            {
                continue;
            }

            foreach (var id in after)
            {
                var rest = after.Where(a => a != id).ToList();
                if (OrderRelation.Build(scenario.Entries, n => ReferenceEquals(n, node) ? rest : AfterOf(n)).SameOrderAs(actual))
                {
                    warn(node.Line, node.Column,
                        $"'{id}' in 'after: {list}' of {what} '{node.Id}' is already implied: the rest of the order puts '{id}' before it");
                }
            }
        }
    }

    private static IReadOnlyList<string>? AfterOf(StepNode node) => node switch
    {
        Step s => s.After,
        StepGroup g => g.After,
        _ => null,
    };

    private static IEnumerable<Step> Expand(Scenario scenario, IEnumerable<string> ids) =>
        ids.SelectMany(id => scenario.FindGroup(id)?.Steps ?? (scenario.FindStep(id) is { } s ? new[] { s } : Array.Empty<Step>()));
}
