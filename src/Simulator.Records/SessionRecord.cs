using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Records;

/// <summary>One finished session as the store keeps it: who, what, when, the score and its parts, and where its files are.</summary>
public sealed record SessionRecord
{
    public required string Trainee { get; init; }
    public required string ScenarioId { get; init; }
    public string ScenarioVersion { get; init; } = "";
    public string ScenarioHash { get; init; } = "";
    public required string Mode { get; init; }
    public required DateTimeOffset Started { get; init; }
    public required DateTimeOffset Ended { get; init; }
    public double DurationSeconds { get; init; }
    public required double Total { get; init; }
    public required bool Passed { get; init; }
    public double Sequence { get; init; }
    public double Precedence { get; init; }
    public double Completeness { get; init; }
    public double Technique { get; init; }
    public double Economy { get; init; }
    public int Shots { get; init; }
    public int Breaches { get; init; }
    public int CriticalErrors { get; init; }
    public string LogPath { get; init; } = "";
    public string ResultPath { get; init; } = "";
    public string ReportPath { get; init; } = "";
    public IReadOnlyList<StepOutcome> Steps { get; init; } = Array.Empty<StepOutcome>();

    /// <summary>What makes a session the same session when it is recorded twice (an import run again): its log, else when, who and what.</summary>
    public string Key => LogPath.Length > 0 ? "log:" + Path.GetFullPath(LogPath) : $"at:{Started:O}|{Trainee}|{ScenarioId}";

    /// <summary>The record of a scored session.</summary>
    public static SessionRecord From(Scenario scenario, ScoreResult result, string trainee, string mode, DateTimeOffset started,
        DateTimeOffset ended, string logPath = "", string resultPath = "", string reportPath = "") => new()
    {
        Trainee = trainee,
        ScenarioId = scenario.Id,
        ScenarioVersion = scenario.Version,
        ScenarioHash = scenario.ContentHash,
        Mode = mode,
        Started = started,
        Ended = ended,
        DurationSeconds = Math.Round(result.TimeTotalSeconds, 1),
        Total = result.Total,
        Passed = result.Passed,
        Sequence = result.Components.Sequence,
        Precedence = result.Components.Precedence,
        Completeness = result.Components.Completeness,
        Technique = result.Components.Technique,
        Economy = result.Components.Economy,
        Shots = result.Order.ShotsTaken,
        Breaches = result.Order.Breaches,
        CriticalErrors = result.CriticalErrors.Count,
        LogPath = logPath,
        ResultPath = resultPath,
        ReportPath = reportPath,
        Steps = StepOutcome.Of(scenario, result),
    };
}

/// <summary>How one reference action went: performed or omitted, in order or not, its technique credit, and whether it was critical.</summary>
public sealed record StepOutcome(string StepId, int Occurrence, bool Performed, bool OutOfOrder, double? TechniqueScore, bool Critical)
{
    public bool Omitted => !Performed;

    /// <summary>One outcome per reference action (repeats expanded), from the score's timeline and technique entries.</summary>
    public static IReadOnlyList<StepOutcome> Of(Scenario scenario, ScoreResult result)
    {
        var list = new List<StepOutcome>();
        var occurrence = new Dictionary<string, int>();
        foreach (var row in result.Timeline.Where(r => r.ReferenceId is not null))
        {
            var id = row.ReferenceId!;
            var k = occurrence[id] = occurrence.GetValueOrDefault(id) + 1;
            var performed = row.Status is not TimelineStatus.Missing && row.PerformedId is not null;
            var entries = result.Technique.Where(t => t.Step == id && t.Occurrence == k).ToList();
            var credit = entries.Count == 0 ? (double?)null : Math.Round(entries.Average(e => e.Credit), 3);
            // A critical error belongs to the occurrence it happened at (by time), or, with no time (a critical step left out), to a missing one.
            var critical = result.CriticalErrors.Any(c => c.Id == id
                && (c.AtSeconds is { } at ? row.AtSeconds is { } t && Math.Abs(at - t) < 0.05 : !performed));
            list.Add(new StepOutcome(id, k, performed, row.Status is TimelineStatus.Swapped or TimelineStatus.Substituted, credit, critical));
        }

        return list;
    }
}
