using FsCheck;
using FsCheck.Xunit;
using Simulator.App.Cli;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>
/// Mutated shipped scenarios never crash the loader or <c>simulator validate</c>: each is accepted (and then usable: it
/// expands and scores) or rejected with one-line errors that name the file, line and column.
/// </summary>
/// <remarks>A failure names the seed and the edits; rerun one case with <c>[Property(Replay = "…")]</c> from FsCheck's message.</remarks>
public sealed class ScenarioMutationProperties : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-fuzz-scenario-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public void A_mutated_scenario_is_accepted_or_rejected_with_located_errors(DoNotSize<int> seed)
    {
        var (path, context) = Write(seed.Item);
        var result = Located.Quickly(() => ScenarioLocator.LoadFile(path), context);
        Located.Result(result, path, context);
        if (result.Ok)
        {
            // Accepted means usable: the reference expands and a session over it scores.
            var scenario = result.Value!;
            var events = scenario.ExpandedReference().Select((s, i) => new AttemptEvent(s.Id, i * 10.0, new Dictionary<string, Measurement>())).ToList();
            var score = Scorer.Score(scenario, events, Mode.Assessment);
            Assert.False(string.IsNullOrEmpty(Debrief.Render(score, scenario)), context);
        }
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public void Validate_on_a_mutated_scenario_exits_0_or_1_with_located_errors_and_no_stack_trace(DoNotSize<int> seed)
    {
        var (path, context) = Write(seed.Item);
        var json = seed.Item % 4 == 0;
        var run = Located.Quickly(() => json ? CliRunner.Run("validate", "--format", "json", path) : CliRunner.Run("validate", path), context);
        Located.Cli(run, context, diagnosticsOnStdout: true);
        if (!json)
        {
            Assert.Contains(run.ExitCode == 0 ? $"{path}: ok — " : $"{path}: invalid — ", run.Out);
        }
    }

    private (string Path, string Context) Write(int seed)
    {
        var rng = new Random(seed);
        var sample = Corpus.Scenarios[rng.Next(Corpus.Scenarios.Count)];
        var (bytes, edits) = Mutator.Mutate(sample.Bytes, DocFormat.Yaml, rng);
        var path = Path.Combine(_dir, $"{seed}-{sample.Name}");
        File.WriteAllBytes(path, bytes);
        return (path, $"seed {seed}, {sample.Name}: {edits}");
    }
}
