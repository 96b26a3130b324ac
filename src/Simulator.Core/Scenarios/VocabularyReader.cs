using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

/// <summary>Reads a scenario's own vocabulary: its <c>instruments:</c> (implants included) and its <c>plan:</c>.</summary>
internal sealed class VocabularyReader
{
    private readonly DiagnosticBag _bag;
    private readonly NodeReader _r;
    private readonly Dictionary<string, YScalar> _ids = new();

    public VocabularyReader(DiagnosticBag bag, NodeReader reader)
    {
        _bag = bag;
        _r = reader;
    }

    public IReadOnlyList<Instrument> Instruments(YNode? node)
    {
        var list = new List<Instrument>();
        foreach (var item in _r.Seq(node, "'instruments'")?.Items ?? new List<YNode>())
        {
            if (_r.Map(item, "each instrument") is not { } map)
            {
                continue;
            }

            _r.CheckKeys(map, ScenarioKeys.Instrument, "in an instrument");
            if (Id(map, "instrument") is not { } id)
            {
                continue;
            }

            var kindNode = map.Get("kind");
            var kind = _r.String(kindNode, $"'kind' of instrument '{id}'");
            if (kindNode is null)
            {
                _bag.Error(map, $"instrument '{id}' is missing 'kind' (one of: {string.Join(", ", InstrumentKinds.All)})");
            }
            else if (kind is not null && !InstrumentKinds.All.Contains(kind))
            {
                var hint = NodeReader.Suggest(kind, InstrumentKinds.All) is { } s ? $" (did you mean '{s}'?)" : "";
                _bag.Error(kindNode, $"unknown kind '{kind}' of instrument '{id}'{hint}; one of: {string.Join(", ", InstrumentKinds.All)}");
                kind = null;
            }

            var diameter = Positive(map.Get("diameter_mm"), $"'diameter_mm' of instrument '{id}'");
            var lengths = Lengths(map.Get("lengths_mm"), id);
            if (kind is InstrumentKinds.TriangularImplant or InstrumentKinds.Screw && lengths.Count == 0)
            {
                _bag.Error(map, $"implant '{id}' needs 'lengths_mm' (e.g. {{min: 30, max: 70, step: 5}} or a list)");
            }

            list.Add(new Instrument(id, _r.String(map.Get("name"), $"'name' of instrument '{id}'") ?? id, kind ?? "other", diameter, lengths, map.Line, map.Column));
        }

        if (list.Count(i => i.IsImplant) > 1 && node is YSeq seq)
        {
            _bag.Error(seq, "a scenario declares at most one implant (kind triangular-implant or screw); the depth gauge picks its length");
        }

        return list;
    }

    public IReadOnlyList<PlannedPath> Plan(YNode? node)
    {
        var list = new List<PlannedPath>();
        foreach (var item in _r.Seq(node, "'plan'")?.Items ?? new List<YNode>())
        {
            if (_r.Map(item, "each planned path") is not { } map)
            {
                continue;
            }

            _r.CheckKeys(map, ScenarioKeys.PlannedPath, "in a planned path");
            if (Id(map, "planned path") is not { } id)
            {
                continue;
            }

            var corridor = _r.String(map.Get("corridor"), $"'corridor' of planned path '{id}'");
            var entry = Point(map.Get("entry"), $"'entry' of planned path '{id}'");
            var target = Point(map.Get("target"), $"'target' of planned path '{id}'");
            if (corridor is not null && (map.Get("entry") is not null || map.Get("target") is not null))
            {
                _bag.Error(map.Get("corridor"), $"planned path '{id}' names a corridor and points; give either 'corridor' or 'entry' and 'target'");
            }
            else if (corridor is null && (map.Get("entry") is null || map.Get("target") is null))
            {
                _bag.Error(map, $"planned path '{id}' needs 'corridor', or both 'entry' and 'target' (a landmark name or [x, y, z] in mm)");
            }

            list.Add(new PlannedPath(id, map.Line, map.Column)
            {
                Name = _r.String(map.Get("name"), $"'name' of planned path '{id}'") ?? id,
                Corridor = corridor ?? "",
                Entry = entry,
                Target = target,
                RadiusMm = Positive(map.Get("radius_mm"), $"'radius_mm' of planned path '{id}'"),
                ImplantLengthMm = _r.Int(map.Get("implant_length_mm"), $"'implant_length_mm' of planned path '{id}'", 1),
            });
        }

        return list;
    }

    private string? Id(YMap map, string what)
    {
        var node = map.Get("id");
        if (node is null)
        {
            _bag.Error(map, $"each {what} needs an 'id'");
            return null;
        }

        if (_r.String(node, $"'id' of {what}") is not { } id || node is not YScalar scalar)
        {
            return null;
        }

        if (!ScenarioLoader.IsValidId(id))
        {
            _bag.Error(scalar, $"id '{id}' must match [a-z0-9-]+");
            return null;
        }

        // Instruments and planned paths have a namespace of their own (apart from steps), shared between the two lists.
        if (_ids.TryGetValue(id, out var first))
        {
            _bag.Error(scalar, $"duplicate id '{id}' (first defined at {first.Line}:{first.Column})");
            return null;
        }

        _ids[id] = scalar;
        return id;
    }

    private double? Positive(YNode? node, string what)
    {
        var value = _r.Number(node, what);
        if (value is <= 0)
        {
            _bag.Error(node, $"{what} must be more than 0 (got {value:0.##})");
            return null;
        }

        return value;
    }

    /// <summary>Lengths as a list <c>[30, 35]</c> or a range <c>{min: 30, max: 70, step: 5}</c>.</summary>
    private List<int> Lengths(YNode? node, string id)
    {
        var what = $"'lengths_mm' of instrument '{id}'";
        switch (node)
        {
            case null:
                return new List<int>();
            case YSeq seq:
                return seq.Items.Select(i => _r.Int(i, what, 1)).OfType<int>().Distinct().Order().ToList();
            case YMap map:
                _r.CheckKeys(map, new[] { "min", "max", "step" }, $"in {what}");
                var min = _r.Int(map.Get("min"), $"'min' of {what}", 1);
                var max = _r.Int(map.Get("max"), $"'max' of {what}", 1);
                var step = _r.Int(map.Get("step"), $"'step' of {what}", 1) ?? 5;
                if (min is null || max is null)
                {
                    _bag.Error(map, $"{what} needs 'min' and 'max'");
                    return new List<int>();
                }

                if (max < min || (max - min) / step > 200)
                {
                    _bag.Error(map, $"{what}: max must be at least min, with at most 200 sizes (got {min}–{max} by {step})");
                    return new List<int>();
                }

                return Enumerable.Range(0, (max.Value - min.Value) / step + 1).Select(i => min.Value + i * step).ToList();
            default:
                _bag.Error(node, $"{what} must be a list of lengths or {{min, max, step}}, not {NodeReader.Describe(node)}");
                return new List<int>();
        }
    }

    private PlanPoint? Point(YNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar s when !s.IsNull:
                return new PlanPoint(s.Value, null, s.Line, s.Column);
            case YSeq seq when seq.Items.Count == 3:
                var xyz = seq.Items.Select(i => _r.Number(i, $"a coordinate of {what}")).ToList();
                return xyz.All(v => v is not null) ? new PlanPoint(null, xyz.Select(v => v!.Value).ToList(), seq.Line, seq.Column) : null;
            default:
                _bag.Error(node, $"{what} must be a landmark name or a point [x, y, z] in mm, not {NodeReader.Describe(node)}");
                return null;
        }
    }
}
