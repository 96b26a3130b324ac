using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using Simulator.Core.Scenarios.Lint;

namespace Simulator.App.Cli;

/// <summary>Everything <c>simulator check</c> found in one scenario file.</summary>
/// <param name="File">The file as named on the command line (or resolved from an id).</param>
/// <param name="Scenario">The loaded scenario, or null when it is invalid.</param>
/// <param name="Errors">Validation errors, or (for a valid file) the autopilot's failures.</param>
/// <param name="Warnings">The loader's warnings and the lint's, each once, in file order.</param>
/// <param name="Autopilot">The model attempt's outcome, or null when the file is invalid.</param>
public sealed record ScenarioCheck(
    string File, Scenario? Scenario, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Warnings, CheckAutopilot.Outcome? Autopilot)
{
    public bool Valid => Scenario is not null;

    /// <summary>Valid, and the model attempt scores 100 and passes; warnings do not count.</summary>
    public bool Ok => Valid && Autopilot is { Ok: true };

    public static ScenarioCheck Run(string file)
    {
        var loaded = ScenarioLocator.LoadFile(file);
        var loaderWarnings = loaded.Diagnostics.Where(d => !d.IsError).ToList();
        if (!loaded.Ok)
        {
            return new ScenarioCheck(file, null, loaded.Errors.ToList(), loaderWarnings, null);
        }

        var scenario = loaded.Value!;
        var warnings = loaderWarnings.Concat(ScenarioLint.Check(scenario)).Distinct()
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        var autopilot = CheckAutopilot.Play(scenario);
        var errors = autopilot.Failures.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new ScenarioCheck(file, scenario, errors, warnings, autopilot);
    }

    /// <summary>The header line of the text report.</summary>
    public string Header => Scenario is { } s
        ? $"{File}: '{s.Title}' ({s.Id}), {Count(s.Steps.Count, "step")} ({Count(s.ExpandedReference().Count, "action")}), {Count(s.Distractors.Count, "distractor")}"
        : $"{File}: invalid — {Count(Errors.Count, "error")}";

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>The autopilot's summary line: <c>autopilot: 100.0, PASS (N events)</c>, with the verdict when it falls short.</summary>
    public string AutopilotLine => Autopilot is { } a
        ? $"autopilot: {CheckAutopilot.Number(a.Total)}, {(a.Passed ? "PASS" : "FAIL")} ({a.Events.Count} events)"
            + (a.Ok ? "" : ": the model attempt must score 100 and pass")
        : "autopilot: not run (the file is invalid)";
}
