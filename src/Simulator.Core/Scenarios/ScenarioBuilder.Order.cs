using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

public static partial class ScenarioLoader
{
    /// <summary>The order checks: references in after/requires, requires listed later, and cycles.</summary>
    private sealed partial class Builder
    {
        private void CheckReferences(List<StepNode> entries)
        {
            var orderable = new HashSet<string>(entries.SelectMany(e =>
                e is StepGroup g ? g.Steps.Select(s => s.Id).Append(g.Id) : new[] { e.Id }));
            foreach (var (kind, owner, afterNode, requiresNode) in _references)
            {
                CheckList(afterNode, "after", kind, owner, orderable);
                CheckList(requiresNode, "requires", kind, owner, orderable);
            }
        }

        private void CheckList(YNode? node, string key, string kind, string owner, HashSet<string> orderable)
        {
            if (node is not YSeq seq)
            {
                return;
            }

            foreach (var item in seq.Items.OfType<YScalar>())
            {
                if (item.Value == owner)
                {
                    _bag.Error(item, $"'{key}' of {kind} '{owner}' names the {kind} itself");
                }
                else if (!orderable.Contains(item.Value))
                {
                    var what = _ids.ContainsKey(item.Value) ? "distractor" : "unknown id";
                    var hint = what == "unknown id" && NodeReader.Suggest(item.Value, orderable) is { } s ? $" (did you mean '{s}'?)" : "";
                    _bag.Error(item, $"'{key}' of {kind} '{owner}' refers to {what} '{item.Value}'{hint}");
                }
            }
        }

        private void CheckRequiresOrder(List<StepNode> entries)
        {
            var position = new Dictionary<string, int>();
            var index = 0;
            foreach (var entry in entries)
            {
                if (entry is StepGroup g)
                {
                    position[g.Id] = index;
                    foreach (var s in g.Steps)
                    {
                        position[s.Id] = index++;
                    }
                }
                else
                {
                    position[entry.Id] = index++;
                }
            }

            foreach (var step in entries.SelectMany(e => e is StepGroup g ? g.Steps : new[] { (Step)e }))
            {
                if (_orderNodes.GetValueOrDefault(step.Id).Requires is not YSeq seq)
                {
                    continue;
                }

                foreach (var item in seq.Items.OfType<YScalar>())
                {
                    var required = item.Value;
                    var requiredGroup = entries.OfType<StepGroup>().FirstOrDefault(g => g.Id == required);
                    var last = requiredGroup is null ? position[required] : position[requiredGroup.Steps[^1].Id];
                    if (requiredGroup is not null && requiredGroup.Steps.Contains(step))
                    {
                        _bag.Error(item, $"step '{step.Id}' requires its own group '{required}'");
                    }
                    else if (last > position[step.Id])
                    {
                        _bag.Error(item, $"step '{step.Id}' requires '{required}', which is listed after it");
                    }
                }
            }
        }

        private void CheckCycles(List<StepNode> entries)
        {
            var preds = OrderRelation.DirectPredecessors(entries);
            var reported = new HashSet<string>();
            foreach (var cycle in OrderRelation.FindCycles(preds))
            {
                var key = string.Join(",", cycle.Distinct().OrderBy(x => x));
                if (!reported.Add(key))
                {
                    continue;
                }

                // Point at the first explicit after/requires on the cycle: that is where the author made the loop.
                YNode? at = null;
                foreach (var id in cycle)
                {
                    var nodes = _orderNodes.GetValueOrDefault(id);
                    at = nodes.After ?? _groupAfterOfFirstStep.GetValueOrDefault(id) ?? nodes.Requires;
                    if (at is not null)
                    {
                        break;
                    }
                }

                _bag.Error(at, "order cycle: " + string.Join(" → ", cycle));
            }
        }
    }
}
