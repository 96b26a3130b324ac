using Simulator.Core.Diagnostics;
using Simulator.Core.Yaml;

namespace Simulator.Core.Scenarios;

/// <summary>Loads and validates a scenario YAML file, reporting every problem with its line and column.</summary>
/// <remarks>
/// Structure is read first (types, keys, ids); cross-references, order contradictions and cycles are
/// checked afterwards on whatever parsed, so one run reports all of a file's errors.
/// </remarks>
public static partial class ScenarioLoader
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
}
