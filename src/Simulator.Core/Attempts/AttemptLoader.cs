using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using Simulator.Core.Yaml;

namespace Simulator.Core.Attempts;

/// <summary>Loads an attempt script (YAML) and checks every event against its scenario.</summary>
public static class AttemptLoader
{
    public static LoadResult<Attempt> LoadFile(string path, Scenario scenario, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag(path);
        var root = YamlReader.ReadFile(path, bag, limits);
        return Finish(root, bag, scenario, path);
    }

    /// <summary>The scenario id an attempt file names (its <c>scenario</c> key), or null if it names none or cannot be read.</summary>
    /// <remarks>Errors are left to <see cref="LoadFile"/>, which reports them located once the scenario is known.</remarks>
    public static string? ScenarioIdOf(string path)
    {
        var bag = new DiagnosticBag(path);
        return File.Exists(path) && YamlReader.ReadFile(path, bag) is YMap map && map.Get("scenario") is YScalar { Value: { Length: > 0 } id } ? id : null;
    }

    public static LoadResult<Attempt> LoadText(string text, Scenario scenario, string path = "<text>")
    {
        var bag = new DiagnosticBag(path);
        var root = YamlReader.Read(text, bag);
        return Finish(root, bag, scenario, path);
    }

    private static LoadResult<Attempt> Finish(YNode? root, DiagnosticBag bag, Scenario scenario, string path)
    {
        Attempt? attempt = root is null ? null : Build(root, bag, scenario, path);
        return new LoadResult<Attempt>(bag.HasErrors ? null : attempt, bag.Sorted());
    }

    private static Attempt? Build(YNode root, DiagnosticBag bag, Scenario scenario, string path)
    {
        var r = new NodeReader(bag);
        if (root is not YMap map)
        {
            bag.Error(root, $"an attempt must be a mapping of keys (scenario, mode, events), not {NodeReader.Describe(root)}");
            return null;
        }

        r.CheckKeys(map, ScenarioKeys.AttemptTopLevel, "in attempt");
        var scenarioNode = map.Get("scenario");
        var scenarioId = r.String(scenarioNode, "scenario");
        if (scenarioNode is null)
        {
            bag.Error(map, "the attempt is missing 'scenario' (the scenario id)");
        }
        else if (scenarioId is not null && scenarioId != scenario.Id)
        {
            bag.Error(scenarioNode, $"attempt is for scenario '{scenarioId}' but the scenario given is '{scenario.Id}'");
        }

        var mode = ReadMode(map.Get("mode"), bag);
        var events = new List<AttemptEvent>();
        var eventsNode = map.Get("events");
        if (eventsNode is null)
        {
            bag.Error(map, "the attempt is missing 'events'");
        }
        else if (r.Seq(eventsNode, "'events'") is { } seq)
        {
            foreach (var item in seq.Items)
            {
                if (ReadEvent(item, r, scenario) is { } ev)
                {
                    events.Add(ev);
                }
            }
        }

        return new Attempt
        {
            ScenarioId = scenarioId ?? scenario.Id,
            Trainee = r.String(map.Get("trainee"), "trainee") ?? "",
            Mode = mode,
            Events = events,
            SourcePath = path,
        };
    }

    internal static Mode ReadMode(YNode? node, DiagnosticBag bag)
    {
        if (node is null)
        {
            return Mode.Assessment;
        }

        switch ((node as YScalar)?.Value)
        {
            case "assessment":
                return Mode.Assessment;
            case "guided":
                return Mode.Guided;
            default:
                bag.Error(node, $"mode must be 'guided' or 'assessment', not {NodeReader.Describe(node)}");
                return Mode.Assessment;
        }
    }

    private static AttemptEvent? ReadEvent(YNode item, NodeReader r, Scenario scenario)
    {
        if (r.Map(item, "each event") is not { } map)
        {
            return null;
        }

        r.CheckKeys(map, ScenarioKeys.Event, "in event");
        var doNode = map.Get("do");
        if (doNode is null)
        {
            r.Diagnostics.Error(map, "the event is missing 'do' (a step or distractor id)");
            return null;
        }

        var id = r.String(doNode, "'do'");
        if (id is not null && !IsKnownAction(scenario, id, doNode, r.Diagnostics))
        {
            id = null;
        }

        var atNode = map.Get("at");
        double? at = null;
        if (atNode is null)
        {
            r.Diagnostics.Error(map, "the event is missing 'at' (seconds from the start)");
        }
        else if ((at = r.Number(atNode, "'at'")) is < 0)
        {
            r.Diagnostics.Error(atNode, $"'at' must not be negative (got {at})");
        }
        else if (at > AttemptEvent.MaxAtSeconds)
        {
            r.Diagnostics.Error(atNode, $"'at' must be at most {AttemptEvent.MaxAtSeconds:0} seconds (got {at})");
            at = null;
        }

        var with = ReadWith(map.Get("with"), r);
        var redo = r.Bool(map.Get("redo"), "'redo'") ?? false;
        return id is null || at is null ? null : new AttemptEvent(id, at.Value, with, map.Line, map.Column) { Redo = redo };
    }

    /// <summary>True if <paramref name="id"/> names a step or distractor; otherwise reports why not at <paramref name="at"/>.</summary>
    public static bool IsKnownAction(Scenario scenario, string id, YNode? at, DiagnosticBag bag)
    {
        if (scenario.FindStep(id) is not null || scenario.FindDistractor(id) is not null)
        {
            return true;
        }

        if (scenario.FindGroup(id) is { } group)
        {
            bag.Error(at, $"'{id}' is a group; name one of its steps ({string.Join(", ", group.Steps.Select(s => s.Id))})");
            return false;
        }

        var known = scenario.Steps.Select(s => s.Id).Concat(scenario.Distractors.Select(d => d.Id));
        var hint = NodeReader.Suggest(id, known) is { } s ? $" (did you mean '{s}'?)" : "";
        bag.Error(at, $"unknown step or distractor id '{id}' in scenario '{scenario.Id}'{hint}");
        return false;
    }

    /// <summary><paramref name="number"/> if it is within <see cref="Measurement.MaxMagnitude"/>; otherwise an error at <paramref name="node"/> and null.</summary>
    private static double? InRange(NodeReader r, YNode node, double? number, string name)
    {
        if (number is { } n && !Measurement.InRange(n))
        {
            r.Diagnostics.Error(node, $"measurement '{name}' must be between -{Measurement.MaxMagnitude:0} and {Measurement.MaxMagnitude:0} (got {n})");
            return null;
        }

        return number;
    }

    private static Dictionary<string, Measurement> ReadWith(YNode? node, NodeReader r)
    {
        var with = new Dictionary<string, Measurement>();
        if (r.Map(node, "'with'") is not { } map)
        {
            return with;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (with.ContainsKey(key.Value))
            {
                r.Diagnostics.Error(key, $"duplicate measurement '{key.Value}'");
                continue;
            }

            if (value is YSeq seq)
            {
                var numbers = seq.Items.Select(i => InRange(r, i, r.Number(i, $"each value of '{key.Value}'"), key.Value)).ToList();
                if (numbers.All(n => n is not null))
                {
                    with[key.Value] = Measurement.Of(numbers.Select(n => n!.Value).ToList());
                }
            }
            else if (InRange(r, value, r.Number(value, $"measurement '{key.Value}'"), key.Value) is { } number)
            {
                with[key.Value] = Measurement.Of(number);
            }
        }

        return with;
    }
}
