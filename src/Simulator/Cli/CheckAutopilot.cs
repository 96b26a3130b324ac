using System.Globalization;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Cli;

/// <summary>
/// The reference autopilot of <c>simulator check</c>: the model attempt (<see cref="ReferenceAttempt"/>) played through
/// the engine in assessment mode with the anatomy's judge. A publishable scenario scores it 100 and passes it; otherwise
/// every reason is one located error, naming the step (or target, or <c>max_shots</c>) and its line and column.
/// </summary>
public static class CheckAutopilot
{
    /// <summary>What the autopilot did: its score, its events, and why it fell short (empty when it scored 100 and passed).</summary>
    public sealed record Outcome(double Total, bool Passed, IReadOnlyList<AttemptEvent> Events, IReadOnlyList<Diagnostic> Failures)
    {
        public bool Ok => Failures.Count == 0;
    }

    public static Outcome Play(Scenario scenario, Pelvis? pelvis = null)
    {
        var events = ReferenceAttempt.Events(scenario, pelvis ?? Pelvis.Build());
        var result = Scorer.Score(scenario, events, Mode.Assessment, AnatomyJudge.Shared);
        var failures = Reasons(scenario, events, result).Distinct().ToList();
        if (failures.Count == 0 && (result.Total < 100 || !result.Passed))
        {
            failures.Add(Error(scenario, 0, 0, $"the model attempt scores {Number(result.Total)}{(result.Passed ? "" : ", FAIL")} for no reason the score names"));
        }

        return new Outcome(result.Total, result.Passed, events, failures);
    }

    private static IEnumerable<Diagnostic> Reasons(Scenario scenario, IReadOnlyList<AttemptEvent> events, ScoreResult result)
    {
        // Measurements outside their targets (or missing), located at the target: the anatomy or the plan cannot produce them.
        foreach (var t in result.Technique.Where(t => !t.Within))
        {
            var step = scenario.FindStep(t.Step)!;
            var target = step.Targets.First(x => x.Name == t.Measurement);
            var limit = t.Critical ? "safety limit" : "target";
            var what = t.Value is { } v
                ? $"{t.Measurement} {target.OutsideText(v)} ({limit}; the model attempt follows the anatomy's plan, so no trainee can do better)"
                : $"{t.Measurement} not recorded ({limit} {target.RangeText}){Needs(step, t.Measurement)}";
            yield return Error(scenario, target.Line, target.Column, $"\"{step.Name}\" #{t.Occurrence}: {what}");
        }

        foreach (var c in result.CriticalErrors.Where(c => c.Kind != CriticalErrorKinds.CriticalTarget))
        {
            var (line, column) = Where(scenario, c.Id);
            var occurrence = c.AtSeconds is { } at ? events.Where(e => e.Do == c.Id).TakeWhile(e => e.At < at).Count() + 1 : 0;
            var who = c.Kind is CriticalErrorKinds.Breach or CriticalErrorKinds.Precondition
                ? $"\"{Names.Of(scenario, c.Id)}\" #{occurrence}: "
                : "";
            yield return Error(scenario, line, column, $"{who}{c.Reason} ({c.Kind})");
        }

        var overCap = scenario.MaxShots is { } cap && result.Order.ShotsTaken > cap;
        if (overCap)
        {
            var lost = result.Deductions.Where(d => d.Component == DeductionComponents.Economy && d.Step.Length == 0).Sum(d => d.Points);
            yield return Error(scenario, scenario.MaxShotsAt.Line, scenario.MaxShotsAt.Column,
                $"max_shots {scenario.MaxShots} is below the {result.Order.ShotsTaken} C-arm shots the model attempt takes: {result.Order.ShotsTaken - scenario.MaxShots} over the limit cost {Number(lost)} economy points");
        }

        // Order, completeness and economy deductions the model attempt should never earn.
        foreach (var d in result.Deductions.Where(d => d.Points > 0 && d.Component is not (DeductionComponents.Technique or DeductionComponents.Critical)))
        {
            if (overCap && d.Component == DeductionComponents.Economy && d.Step.Length == 0)
            {
                continue;
            }

            var (line, column) = Where(scenario, d.Step);
            yield return Error(scenario, line, column, $"{d.Component}: {d.Reason} (−{Number(d.Points)} points)");
        }
    }

    /// <summary>Why a derived measurement is missing: what the judge needs to derive it for the step's action.</summary>
    private static string Needs(Step step, string measurement) =>
        ActionCatalog.Derives(step.Action, measurement) && ActionCatalog.Of(step.Action) is { DerivedFrom.Length: > 0 } entry
            ? $": the judge derives it for {step.Action} from {entry.DerivedFrom}"
            : "";

    private static (int Line, int Column) Where(Scenario scenario, string id) =>
        scenario.FindStep(id) is { } step ? (step.Line, step.Column)
        : scenario.FindDistractor(id) is { } distractor ? (distractor.Line, distractor.Column)
        : (0, 0);

    private static Diagnostic Error(Scenario scenario, int line, int column, string message) =>
        new(scenario.SourcePath, line, column, Severity.Error, "autopilot: " + message);

    /// <summary>A score as the check prints it: 100.0, 97.31.</summary>
    public static string Number(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
