using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

/// <summary>Loads and validates a scenario YAML file, reporting every problem with its line and column.</summary>
/// <remarks>
/// Structure is read first (types, keys, ids); cross-references, order contradictions and cycles are
/// checked afterwards on whatever parsed, so one run reports all of a file's errors.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>The most a step or group may <c>repeat</c>.</summary>
    public const int MaxRepeat = 100;

    /// <summary>The most actions the reference may expand to, repeats included (real procedures have tens).</summary>
    public const int MaxActions = 1000;

    public static LoadResult<Scenario> LoadFile(string path, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag(path);
        var root = YamlReader.ReadFile(path, bag, limits);
        var result = Finish(root, bag, path);
        if (result.Value is { } scenario)
        {
            scenario.ContentHash = ContentHash(path);
        }

        return result;
    }

    public static LoadResult<Scenario> LoadText(string text, string path = "<text>", YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag(path);
        var root = YamlReader.Read(text, bag, limits);
        return Finish(root, bag, path);
    }

    private static LoadResult<Scenario> Finish(YNode? root, DiagnosticBag bag, string path)
    {
        Scenario? scenario = null;
        if (root is not null)
        {
            scenario = new Builder(bag, path).Build(root);
        }

        return new LoadResult<Scenario>(bag.HasErrors ? null : scenario, bag.Sorted());
    }

    internal static bool IsValidId(string id) => ScenarioIds.IsValid(id);

    /// <summary>SHA-256 of the file's bytes, lowercase hex; "" if it cannot be read.</summary>
    public static string ContentHash(string path)
    {
        try
        {
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private sealed class Builder
    {
        private readonly DiagnosticBag _bag;
        private readonly NodeReader _r;
        private readonly string _path;
        private readonly Dictionary<string, YNode> _ids = new();
        private readonly Dictionary<string, (YNode? After, YNode? Requires)> _orderNodes = new();
        private readonly List<(string Kind, string Owner, YNode? After, YNode? Requires)> _references = new();
        private readonly Dictionary<string, YNode> _groupAfterOfFirstStep = new();

        public Builder(DiagnosticBag bag, string path)
        {
            _bag = bag;
            _r = new NodeReader(bag);
            _path = path;
        }

        public Scenario? Build(YNode root)
        {
            if (root is not YMap map)
            {
                _bag.Error(root, $"a scenario must be a mapping of keys (id, title, steps, …), not {NodeReader.Describe(root)}");
                return null;
            }

            _r.CheckKeys(map, ScenarioKeys.TopLevel, "at top level");
            var id = RequiredString(map, "id", "the scenario");
            if (map.Get("id") is YScalar idNode && id is not null)
            {
                CheckIdPattern(idNode);
            }

            var title = RequiredString(map, "title", "the scenario");
            var passMark = _r.Number(map.Get("pass_mark"), "pass_mark");
            if (passMark is < 0 or > 100)
            {
                _bag.Error(map.Get("pass_mark"), $"pass_mark must be between 0 and 100 (got {passMark:0.##})");
            }

            var weights = ReadWeights(map.Get("weights"));
            var proficiency = ProficiencyReader.Read(map.Get("proficiency"), _r, _bag, passMark ?? 70);
            var entries = ReadEntries(map);
            var distractors = ReadDistractors(map.Get("distractors"));
            var vocabulary = new VocabularyReader(_bag, _r);
            var instruments = vocabulary.Instruments(map.Get("instruments"));
            var plan = vocabulary.Plan(map.Get("plan"));

            if (entries is not null)
            {
                CheckReferences(entries);
                if (!_bag.HasErrors)
                {
                    CheckRequiresOrder(entries);
                }

                if (!_bag.HasErrors)
                {
                    // A requires naming a later step is itself a loop; report it once, as the contradiction.
                    CheckCycles(entries);
                }
            }

            if (_bag.HasErrors || id is null || title is null || entries is null)
            {
                return null;
            }

            return new Scenario
            {
                Id = id,
                Title = title,
                Procedure = _r.String(map.Get("procedure"), "procedure") ?? "",
                Version = _r.String(map.Get("version"), "version") ?? "",
                Description = _r.String(map.Get("description"), "description") ?? "",
                PassMark = passMark ?? 70,
                Weights = weights ?? Weights.Default,
                Proficiency = proficiency,
                MaxShots = _r.Int(map.Get("max_shots"), "max_shots", 0),
                MaxShotsAt = map.KeyNode("max_shots") is { } shots ? (shots.Line, shots.Column) : default,
                Entries = entries,
                Distractors = distractors,
                Instruments = instruments,
                Plan = plan,
                SourcePath = _path,
            };
        }

        private string? RequiredString(YMap map, string key, string owner)
        {
            var node = map.Get(key);
            if (node is null)
            {
                _bag.Error(map, $"{owner} is missing '{key}'");
                return null;
            }

            return _r.String(node, key);
        }

        private void CheckIdPattern(YScalar node)
        {
            if (!IsValidId(node.Value))
            {
                _bag.Error(node, $"id '{node.Value}' must match [a-z0-9-]+");
            }
        }

        private Weights? ReadWeights(YNode? node)
        {
            var map = _r.Map(node, "weights");
            if (map is null)
            {
                return null;
            }

            _r.CheckKeys(map, ScenarioKeys.Weights, "in weights");
            double Get(string key)
            {
                var valueNode = map.Get(key);
                var value = _r.Number(valueNode, $"weight '{key}'") ?? Weights.Default[key];
                if (value < 0)
                {
                    _bag.Error(valueNode, $"weight '{key}' must not be negative (got {value:0.##})");
                }

                return value;
            }

            var weights = new Weights(Get("sequence"), Get("precedence"), Get("completeness"), Get("technique"), Get("economy"));
            if (weights.Sum <= 0)
            {
                _bag.Error(map, "weights must not all be zero");
            }

            return weights;
        }

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

        private void RegisterId(YScalar node, string id)
        {
            CheckIdPattern(node);
            if (_ids.TryGetValue(id, out var first))
            {
                _bag.Error(node, $"duplicate id '{id}' (first defined at {first.Line}:{first.Column})");
                return;
            }

            _ids[id] = node;
        }

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
            foreach (var cycle in FindCycles(preds))
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

        /// <summary>Cycles in "before" direction (a → b means a must come before b), each closed (first == last).</summary>
        private static IEnumerable<List<string>> FindCycles(Dictionary<string, List<string>> preds)
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
}
