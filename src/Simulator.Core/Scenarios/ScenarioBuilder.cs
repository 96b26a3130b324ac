using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

public static partial class ScenarioLoader
{
    /// <summary>Builds the scenario from its YAML tree: the top-level keys, ids and weights; steps, targets and order are read in the other parts.</summary>
    private sealed partial class Builder
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
    }
}
