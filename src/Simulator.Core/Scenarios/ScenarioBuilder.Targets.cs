using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

public static partial class ScenarioLoader
{
    /// <summary>The target, feedback and distractor readers.</summary>
    private sealed partial class Builder
    {
        private List<Target> ReadTargets(YNode? node, string stepId)
        {
            var targets = new List<Target>();
            var map = _r.Map(node, $"'targets' of step '{stepId}'");
            if (map is null)
            {
                return targets;
            }

            var seen = new HashSet<string>();
            foreach (var (key, value) in map.Entries)
            {
                if (!seen.Add(key.Value))
                {
                    _bag.Error(key, $"duplicate target '{key.Value}' in step '{stepId}'");
                    continue;
                }

                var where = $"target '{key.Value}' of step '{stepId}'";
                if (_r.Map(value, where) is not { } targetMap)
                {
                    continue;
                }

                _r.CheckKeys(targetMap, ScenarioKeys.Target, $"in {where}");
                var min = _r.Number(targetMap.Get("min"), $"'min' of {where}");
                var max = _r.Number(targetMap.Get("max"), $"'max' of {where}");
                // One bound may be left out for a one-sided limit ("at least 5 mm from a foramen").
                if (targetMap.Get("min") is null && targetMap.Get("max") is null)
                {
                    _bag.Error(targetMap, $"{where} needs 'min', 'max' or both");
                    continue;
                }

                if ((targetMap.Get("min") is not null && min is null) || (targetMap.Get("max") is not null && max is null))
                {
                    continue;
                }

                min ??= double.NegativeInfinity;
                max ??= double.PositiveInfinity;
                if (min > max)
                {
                    _bag.Error(targetMap.Get("min"), $"{where}: min ({min:0.###}) is greater than max ({max:0.###})");
                    continue;
                }

                var unit = _r.String(targetMap.Get("unit"), $"'unit' of {where}") ?? "";
                var critical = _r.Bool(targetMap.Get("critical"), $"'critical' of {where}") ?? false;
                targets.Add(new Target(key.Value, min.Value, max.Value, unit, critical) { Line = key.Line, Column = key.Column });
            }

            return targets;
        }

        private Dictionary<string, string> ReadFeedback(YNode? node, string stepId)
        {
            var feedback = new Dictionary<string, string>();
            var map = _r.Map(node, $"'feedback' of step '{stepId}'");
            if (map is null)
            {
                return feedback;
            }

            _r.CheckKeys(map, ScenarioKeys.Feedback, $"in feedback of step '{stepId}'");
            foreach (var (key, value) in map.Entries)
            {
                if (ScenarioKeys.Feedback.Contains(key.Value) && _r.String(value, $"feedback '{key.Value}'") is { } text)
                {
                    feedback[key.Value] = text;
                }
            }

            return feedback;
        }

        private List<Distractor> ReadDistractors(YNode? node)
        {
            var list = new List<Distractor>();
            var seq = _r.Seq(node, "'distractors'");
            if (seq is null)
            {
                return list;
            }

            foreach (var item in seq.Items)
            {
                if (_r.Map(item, "each distractor") is not { } map)
                {
                    continue;
                }

                var idNode = map.Get("id");
                var id = idNode is null ? null : _r.String(idNode, "distractor id");
                _r.CheckKeys(map, ScenarioKeys.Distractor, id is null ? "in a distractor" : $"in distractor '{id}'");
                if (idNode is null)
                {
                    _bag.Error(map, "a distractor is missing 'id'");
                    continue;
                }

                if (id is null)
                {
                    continue;
                }

                RegisterId((YScalar)idNode, id);
                var name = _r.String(map.Get("name"), "name");
                var consequence = _r.String(map.Get("consequence"), "consequence");
                if (map.Get("consequence") is null)
                {
                    _bag.Warning(map, $"distractor '{id}' has no 'consequence'");
                }

                list.Add(new Distractor(id, name ?? id, consequence ?? "",
                    _r.Bool(map.Get("critical"), "critical") ?? false,
                    _r.String(map.Get("instrument"), "instrument") ?? "", map.Line, map.Column,
                    ReadAction(map.Get("action"), $"distractor '{id}'") ?? ""));
            }

            return list;
        }
    }
}
