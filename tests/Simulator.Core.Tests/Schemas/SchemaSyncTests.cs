using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using Simulator.Core.Scenarios;
using YamlDotNet.Serialization;

namespace Simulator.Core.Tests.Schemas;

/// <summary>The editor schemas must accept exactly the keys the loader accepts, and accept the shipped scenarios.</summary>
public class SchemaSyncTests
{
    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return Path.Combine(new[] { dir.FullName }.Concat(parts).ToArray());
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static JsonNode Schema(string name) => JsonNode.Parse(File.ReadAllText(RepoFile("schemas", name)))!;

    private static IEnumerable<string> PropertyNames(JsonNode? node) =>
        node?["properties"]?.AsObject().Select(p => p.Key) ?? Enumerable.Empty<string>();

    public static TheoryData<string, string[]> Levels() => new()
    {
        { "", ScenarioKeys.TopLevel.ToArray() },
        { "step", ScenarioKeys.Step.ToArray() },
        { "group", ScenarioKeys.Group.ToArray() },
        { "target", ScenarioKeys.Target.ToArray() },
        { "distractor", ScenarioKeys.Distractor.ToArray() },
        { "weights", ScenarioKeys.Weights.ToArray() },
        { "feedback", ScenarioKeys.Feedback.ToArray() },
        { "instrument", ScenarioKeys.Instrument.ToArray() },
        { "plannedPath", ScenarioKeys.PlannedPath.ToArray() },
        { "proficiency", ScenarioKeys.Proficiency.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Scenario_schema_properties_equal_loader_keys(string definition, string[] loaderKeys)
    {
        var schema = Schema("scenario.schema.json");
        var node = definition.Length == 0 ? schema : schema["definitions"]?[definition];
        Assert.NotNull(node);
        Assert.Equal(loaderKeys.Order(StringComparer.Ordinal), PropertyNames(node).Order(StringComparer.Ordinal));
        Assert.False(node!["additionalProperties"]?.GetValue<bool>() ?? true, $"{definition} must forbid unknown keys");
    }

    [Fact]
    public void Attempt_schema_properties_equal_loader_keys()
    {
        var schema = Schema("attempt.schema.json");
        Assert.Equal(ScenarioKeys.AttemptTopLevel.Order(StringComparer.Ordinal), PropertyNames(schema).Order(StringComparer.Ordinal));
        var eventNode = FindDefinitionWith(schema, "do");
        Assert.Equal(ScenarioKeys.Event.Order(StringComparer.Ordinal), PropertyNames(eventNode).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFile("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Every_procedure_ships()
    {
        var ids = Directory.GetFiles(RepoFile("scenarios"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "iliosacral-screw", "si-joint-fusion-mis", "si-joint-fusion-open" }, ids);
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Shipped_scenarios_validate_against_the_schema_and_the_loader(string id)
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(RepoFile("schemas", "scenario.schema.json")));
        var errors = schema.Validate(YamlAsJson(RepoFile("scenarios", id + ".yaml")));
        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.Empty(ScenarioLoader.LoadFile(RepoFile("scenarios", id + ".yaml")).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Schema_rejects_an_unknown_step_key_like_the_loader()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(RepoFile("schemas", "scenario.schema.json")));
        const string yaml = "id: x\ntitle: X\nsteps:\n  - {id: a, reqires: []}\n";
        Assert.False(ScenarioLoader.LoadText(yaml).Ok);
        Assert.NotEmpty(schema.Validate(YamlToJson(yaml)));
    }

    [Theory]
    [InlineData("{consecutive: 4, min_total: 85}", true)]
    [InlineData("{consecutive: 0}", false)]
    [InlineData("{consecutive: 2.5}", false)]
    [InlineData("{min_total: 101}", false)]
    [InlineData("{consecutve: 4}", false)]
    public async Task Schema_and_loader_agree_on_proficiency(string value, bool valid)
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(RepoFile("schemas", "scenario.schema.json")));
        var yaml = $"id: x\ntitle: X\nproficiency: {value}\nsteps:\n  - {{id: a}}\n";
        Assert.Equal(valid, ScenarioLoader.LoadText(yaml).Ok);
        Assert.Equal(valid, schema.Validate(YamlToJson(yaml)).Count == 0);
    }

    [Fact]
    public async Task Example_attempts_validate_against_the_attempt_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(RepoFile("schemas", "attempt.schema.json")));
        foreach (var file in Directory.GetFiles(RepoFile("docs", "examples"), "*.yaml"))
        {
            Assert.Empty(schema.Validate(YamlAsJson(file)).Select(e => $"{file}: {e}"));
        }
    }

    private static JsonNode? FindDefinitionWith(JsonNode schema, string property)
    {
        foreach (var (_, def) in schema["definitions"]?.AsObject() ?? new JsonObject())
        {
            if (PropertyNames(def).Contains(property))
            {
                return def;
            }
        }

        return null;
    }

    private static string YamlAsJson(string path) => YamlToJson(File.ReadAllText(path));

    /// <summary>YAML → JSON keeping scalars typed (numbers and booleans stay numbers and booleans).</summary>
    private static string YamlToJson(string yaml)
    {
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(yaml);
        return JsonSerializer.Serialize(Normalise(data));
    }

    private static object? Normalise(object? value) => value switch
    {
        IDictionary<object, object?> map => map.ToDictionary(kv => kv.Key.ToString()!, kv => Normalise(kv.Value)),
        IList<object?> list => list.Select(Normalise).ToList(),
        _ => value,
    };
}
