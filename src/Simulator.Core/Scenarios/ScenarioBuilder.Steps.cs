using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

public static partial class ScenarioLoader
{
    /// <summary>The step reader: the steps list, groups, and each step's action, view, site and texts.</summary>
    private sealed partial class Builder
    {
        private List<StepNode>? ReadEntries(YMap map)
        {
            var stepsNode = map.Get("steps");
            if (stepsNode is null)
            {
                _bag.Error(map, "the scenario is missing 'steps'");
                return null;
            }

            var seq = _r.Seq(stepsNode, "'steps'");
            if (seq is null)
            {
                return null;
            }

            if (seq.Items.Count == 0)
            {
                _bag.Error(seq, "'steps' must not be empty");
                return null;
            }

            var entries = new List<StepNode>();
            foreach (var item in seq.Items)
            {
                if (_r.Map(item, "each entry of 'steps'") is not { } entryMap)
                {
                    continue;
                }

                StepNode? entry = entryMap.Get("group") is not null ? ReadGroup(entryMap) : ReadStep(entryMap);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }

            // Repeats multiply (a group's by its steps'): a typo such as 'repeat: 3000' must not make a reference nobody could perform.
            var actions = entries.Sum(e => (long)e.Repeat * (e is StepGroup g ? g.Steps.Sum(s => (long)s.Repeat) : 1));
            if (actions > MaxActions)
            {
                _bag.Error(seq, $"the steps expand to {actions} actions with their repeats; the limit is {MaxActions}");
            }

            return entries;
        }

        private StepGroup? ReadGroup(YMap map)
        {
            var idNode = map.Get("group");
            var id = _r.String(idNode, "group");
            var where = id is null ? "in a group" : $"in group '{id}'";
            _r.CheckKeys(map, ScenarioKeys.Group, where);
            if (id is not null)
            {
                RegisterId((YScalar)idNode!, id);
            }

            var repeat = _r.Int(map.Get("repeat"), "repeat", 1, MaxRepeat) ?? 1;
            var after = _r.IdList(map.Get("after"), $"'after' of group '{id}'");
            var stepsNode = map.Get("steps");
            if (stepsNode is null)
            {
                _bag.Error(map, $"group '{id}' is missing 'steps'");
                return null;
            }

            var seq = _r.Seq(stepsNode, $"'steps' of group '{id}'");
            if (seq is null)
            {
                return null;
            }

            if (seq.Items.Count == 0)
            {
                _bag.Error(seq, $"'steps' of group '{id}' must not be empty");
                return null;
            }

            var steps = new List<Step>();
            foreach (var item in seq.Items)
            {
                if (_r.Map(item, $"each entry of group '{id}'") is not { } stepMap)
                {
                    continue;
                }

                if (stepMap.Get("group") is { } nested)
                {
                    _bag.Error(stepMap.KeyNode("group"), $"groups cannot be nested (group '{NodeReader.Describe(nested).Trim('\'')}' inside '{id}')");
                    continue;
                }

                if (ReadStep(stepMap) is { } step)
                {
                    steps.Add(step);
                }
            }

            if (id is null)
            {
                return null;
            }

            if (after is not null)
            {
                _orderNodes[id] = (map.Get("after"), null);
                _references.Add(("group", id, map.Get("after"), null));
                if (steps.Count > 0)
                {
                    // The group's 'after' is where its first step's order comes from, so a loop through it points there.
                    _groupAfterOfFirstStep[steps[0].Id] = map.Get("after")!;
                }
            }

            return new StepGroup(id, repeat, map.Line, map.Column, steps)
            {
                Name = _r.String(map.Get("name"), "name") ?? id,
                After = after?.Select(a => a.Value).ToList(),
            };
        }

        private Step? ReadStep(YMap map)
        {
            var idNode = map.Get("id");
            var id = idNode is null ? null : _r.String(idNode, "step id");
            var where = id is null ? "in a step" : $"in step '{id}'";
            _r.CheckKeys(map, ScenarioKeys.Step, where);
            if (idNode is null)
            {
                _bag.Error(map, "a step is missing 'id'");
                return null;
            }

            if (id is null)
            {
                return null;
            }

            RegisterId((YScalar)idNode, id);
            var repeat = _r.Int(map.Get("repeat"), "repeat", 1, MaxRepeat) ?? 1;
            var optional = _r.Bool(map.Get("optional"), "optional") ?? false;
            var critical = _r.Bool(map.Get("critical"), "critical") ?? false;
            if (optional && critical)
            {
                _bag.Error(map.Get("critical"), $"step '{id}' cannot be both optional and critical");
            }

            var afterNode = map.Get("after");
            var requiresNode = map.Get("requires");
            var after = _r.IdList(afterNode, $"'after' of step '{id}'");
            var requires = _r.IdList(requiresNode, $"'requires' of step '{id}'");
            _orderNodes[id] = (afterNode, requiresNode);
            _references.Add(("step", id, afterNode, requiresNode));

            var step = new Step(id, repeat, map.Line, map.Column)
            {
                Name = OptionalText(map, "name", id) ?? id,
                Instruction = OptionalText(map, "instruction", id) ?? "",
                Rationale = OptionalText(map, "rationale", id) ?? "",
                Instrument = OptionalText(map, "instrument", id) ?? "",
                Phase = _r.String(map.Get("phase"), "phase") ?? "",
                After = after?.Select(a => a.Value).ToList(),
                Requires = requires?.Select(a => a.Value).ToList() ?? new List<string>(),
                Optional = optional,
                Critical = critical,
                Action = ReadAction(map.Get("action"), $"step '{id}'") ?? StepActions.Check,
                View = ReadView(map, id),
                Site = ReadSite(map, id),
                Targets = ReadTargets(map.Get("targets"), id),
                Feedback = ReadFeedback(map.Get("feedback"), id),
            };
            return step;
        }

        private string? ReadAction(YNode? node, string owner)
        {
            var action = _r.String(node, $"'action' of {owner}");
            if (action is not null && !StepActions.All.Contains(action))
            {
                var hint = NodeReader.Suggest(action, StepActions.All) is { } s ? $" (did you mean '{s}'?)" : "";
                _bag.Error(node, $"unknown action '{action}' of {owner}{hint}; one of: {string.Join(", ", StepActions.All)}");
                return null;
            }

            return action;
        }

        private string ReadView(YMap map, string stepId)
        {
            var node = map.Get("view");
            var view = _r.String(node, $"'view' of step '{stepId}'");
            if (view is null)
            {
                // An imaging step without a view accepts any view (e.g. final multi-plane imaging).
                return "";
            }

            if (!StepActions.Views.Contains(view))
            {
                _bag.Error(node, $"unknown view '{view}' of step '{stepId}'; one of: {string.Join(", ", StepActions.Views)}");
                return "";
            }

            if (map.Get("action") is not YScalar { Value: StepActions.Imaging })
            {
                _bag.Error(node, $"'view' of step '{stepId}' needs 'action: imaging'");
            }

            return view;
        }

        private string ReadSite(YMap map, string stepId)
        {
            var node = map.Get("site");
            var site = _r.String(node, $"'site' of step '{stepId}'");
            if (site is null)
            {
                return "";
            }

            if (!StepActions.Sites.Contains(site))
            {
                var hint = NodeReader.Suggest(site, StepActions.Sites) is { } s ? $" (did you mean '{s}'?)" : "";
                _bag.Error(node, $"unknown site '{site}' of step '{stepId}'{hint}; one of: {string.Join(", ", StepActions.Sites)}");
                return "";
            }

            if (map.Get("action") is not YScalar { Value: var action } || !StepActions.SitedActions.Contains(action))
            {
                _bag.Error(node, $"'site' of step '{stepId}' needs 'action: incision' or 'action: marking'");
            }

            return site;
        }

        private string? OptionalText(YMap map, string key, string stepId)
        {
            var node = map.Get(key);
            if (node is null)
            {
                _bag.Warning(map, $"step '{stepId}' has no '{key}'");
                return null;
            }

            return _r.String(node, $"'{key}' of step '{stepId}'");
        }
    }
}
