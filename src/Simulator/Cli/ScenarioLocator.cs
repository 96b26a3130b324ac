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
    public static Scenario Load(string value) => LoadFile(Resolve(value)).ValueOrThrow();

    /// <summary>
    /// Loads and validates a scenario file, its plan included: a planned path naming a corridor or landmark the anatomy lacks is a
    /// located error like any other (the anatomy is built only for scenarios that declare a plan).
    /// </summary>
    public static LoadResult<Scenario> LoadFile(string path)
    {
        var result = ScenarioLoader.LoadFile(path);
        if (!result.Ok || result.Value!.Plan.Count == 0)
        {
            return result;
        }

        var errors = App.Scene.ImplantPlan.Check(result.Value, Simulator.Anatomy.Pelvis.Build());
        return errors.Count == 0 ? result : new LoadResult<Scenario>(null, result.Diagnostics.Concat(errors).ToList());
    }
}
