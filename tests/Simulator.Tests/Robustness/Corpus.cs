using Simulator.App.Cli;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>The real files the mutation tests start from: the shipped scenarios, the example attempts and session logs written by real runs.</summary>
public static class Corpus
{
    public sealed record Sample(string Name, byte[] Bytes, string ScenarioId);

    public static IReadOnlyList<Sample> Scenarios { get; } = Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml")
        .Order(StringComparer.Ordinal)
        .Select(f => new Sample(Path.GetFileName(f), File.ReadAllBytes(f), Path.GetFileNameWithoutExtension(f)))
        .ToList();

    public static IReadOnlyList<Sample> Attempts { get; } = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "examples"), "*.yaml")
        .Order(StringComparer.Ordinal)
        .Select(f => new Sample(Path.GetFileName(f), File.ReadAllBytes(f), AttemptLoader.ScenarioIdOf(f)!))
        .ToList();

    private static readonly Lazy<IReadOnlyList<Sample>> LazyLogs = new(WriteLogs);

    /// <summary>One log per example attempt, written by <c>simulator run --script</c>, and one guided log with a hint note.</summary>
    public static IReadOnlyList<Sample> Logs => LazyLogs.Value;

    private static readonly Dictionary<string, Scenario> Loaded = new();

    /// <summary>The shipped scenario <paramref name="id"/>, loaded once.</summary>
    public static Scenario Scenario(string id)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(id, out var scenario))
            {
                Loaded[id] = scenario = ScenarioLocator.Load(RepoPaths.Scenario(id));
            }

            return scenario;
        }
    }

    private static IReadOnlyList<Sample> WriteLogs()
    {
        var dir = Directory.CreateTempSubdirectory("sim-corpus-logs-").FullName;
        try
        {
            var logs = new List<Sample>();
            foreach (var attempt in Attempts)
            {
                var results = Path.Combine(dir, Path.GetFileNameWithoutExtension(attempt.Name));
                var script = Path.Combine(RepoPaths.Root, "docs", "examples", attempt.Name);
                var run = CliRunner.Run("run", "--script", script, "--results", results);
                Assert.True(run.ExitCode == 0, $"run --script {attempt.Name}: {run.Error}");
                var log = Assert.Single(Directory.GetFiles(results, "*.log.jsonl"));
                logs.Add(new Sample(attempt.Name.Replace(".yaml", ".log.jsonl", StringComparison.Ordinal), File.ReadAllBytes(log), attempt.ScenarioId));
            }

            logs.Add(GuidedLogWithNote(dir));
            return logs;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Sample GuidedLogWithNote(string dir)
    {
        var scenario = Scenario(ScenarioLocator.DefaultScenarioId);
        var attempt = AttemptLoader.LoadFile(Path.Combine(RepoPaths.Root, "docs", "examples", "mis-mistakes.yaml"), scenario).ValueOrThrow();
        var path = Path.Combine(dir, "guided-note.log.jsonl");
        using (var log = SessionLogWriter.Create(path, scenario, "r-smith", Mode.Guided, DateTimeOffset.Now))
        {
            log.AppendNote(new SessionNote("plan-shown", 12.5, "showed the plan as a hint"));
            ScriptedSession.Play(scenario, attempt.Events, Mode.Guided, log);
        }

        return new Sample("guided-note.log.jsonl", File.ReadAllBytes(path), scenario.Id);
    }
}
