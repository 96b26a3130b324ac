using System.Text.RegularExpressions;

namespace Simulator.Core.Scenarios;

/// <summary>The id rule shared by scenarios, steps, groups and distractors: lowercase letters, digits and hyphens.</summary>
public static partial class ScenarioIds
{
    /// <summary>The rule as error messages state it.</summary>
    public const string Pattern = "[a-z0-9-]+";

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();

    /// <summary>True if <paramref name="id"/> matches <see cref="Pattern"/> (and is not empty).</summary>
    public static bool IsValid(string id) => IdPattern().IsMatch(id);
}
