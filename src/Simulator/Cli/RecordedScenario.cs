using Simulator.Core.Scenarios;

namespace Simulator.App.Cli;

/// <summary>
/// The scenario a record names by id, for the verbs that read the records (progress, cohort): its pass mark, step names and
/// proficiency criterion. Found as <c>scenarios/ID.yaml</c>, else as the file in the scenarios folder (the one <c>list</c> shows)
/// that declares that id.
/// </summary>
public static class RecordedScenario
{
    /// <summary>
    /// A <c>--scenario</c> value of a reading verb: a scenario id as it is, or a scenario file (a path), loaded for its id and its
    /// criterion — so a scenario kept outside the scenarios folder is judged by its own <c>proficiency:</c>.
    /// </summary>
    /// <exception cref="Core.Diagnostics.InputException">A file that does not load (its located errors).</exception>
    public static (string Id, Scenario? File) Resolve(string value)
    {
        var resolved = ScenarioLocator.Resolve(value);
        if (resolved == Path.Combine(ScenarioLocator.ScenariosDirectory(), value + ".yaml"))
        {
            return (value, null);
        }

        var scenario = ScenarioLoader.LoadFile(resolved).ValueOrThrow();
        return (scenario.Id, scenario);
    }

    /// <summary>The scenario with id <paramref name="id"/>, or null with <paramref name="problem"/> saying why (one line).</summary>
    public static Scenario? Find(string id, out string? problem)
    {
        var folder = ScenarioLocator.ScenariosDirectory();
        var named = Path.Combine(folder, id + ".yaml");
        problem = null;
        if (File.Exists(named))
        {
            var result = ScenarioLoader.LoadFile(named);
            if (result.Value is { } s && s.Id == id)
            {
                return s;
            }

            problem = result.Ok ? null : $"{named} does not load (simulator validate {named} lists why)";
        }

        // A file named otherwise that declares the id (the id, not the file name, is what the records keep).
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            if (file != named && ScenarioLoader.LoadFile(file).Value is { } other && other.Id == id)
            {
                problem = null;
                return other;
            }
        }

        problem ??= $"scenario '{id}' is not in {folder}";
        return null;
    }

    /// <summary>
    /// The proficiency criterion of scenario <paramref name="id"/> (and the scenario, when found); when it cannot be found, the
    /// default criterion, said in one line on <paramref name="error"/>.
    /// </summary>
    /// <param name="known">The scenario already loaded from a file named on the command line, if any (then nothing is looked up).</param>
    public static ProficiencyCriterion Criterion(TextWriter error, string id, out Scenario? scenario, Scenario? known = null)
    {
        string? problem = null;
        scenario = known is not null && known.Id == id ? known : Find(id, out problem);
        if (scenario is not null)
        {
            return scenario.Proficiency;
        }

        error.WriteLine($"simulator: {problem}; proficiency uses the default: {ProficiencyCriterion.Default.Describe()}");
        return ProficiencyCriterion.Default;
    }
}
