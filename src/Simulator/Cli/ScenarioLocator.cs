using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.App.Cli;

/// <summary>Finds the scenarios folder and resolves a <c>--scenario</c> argument (a path or a scenario id).</summary>
public static class ScenarioLocator
{
    public const string DefaultScenarioId = "si-joint-fusion-mis";

    /// <summary>The first of ./scenarios and the copy next to the executable that exists.</summary>
    public static string ScenariosDirectory()
    {
        var candidates = new[]
        {
            Path.Combine(Directory.GetCurrentDirectory(), "scenarios"),
            Path.Combine(AppContext.BaseDirectory, "scenarios"),
        };
        return candidates.FirstOrDefault(Directory.Exists) ?? candidates[0];
    }

    /// <summary>
    /// A path if <paramref name="value"/> names an existing file (or looks like a path), otherwise the file
    /// <c>&lt;id&gt;.yaml</c> in the scenarios folder.
    /// </summary>
    public static string Resolve(string value)
    {
        if (File.Exists(value) || value.Contains('/') || value.Contains('\\') || value.EndsWith(".yaml", StringComparison.Ordinal)
            || value.EndsWith(".yml", StringComparison.Ordinal))
        {
            return value;
        }

        return Path.Combine(ScenariosDirectory(), value + ".yaml");
    }

    /// <summary>Loads the scenario or throws <see cref="InputException"/> with every located error.</summary>
    public static Scenario Load(string value) => ScenarioLoader.LoadFile(Resolve(value)).ValueOrThrow();
}
