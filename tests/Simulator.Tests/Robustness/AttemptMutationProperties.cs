using FsCheck;
using FsCheck.Xunit;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Scoring;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>
/// Mutated example attempts never crash the attempt loader or <c>simulator score</c>: each is accepted (and then scores, with
/// the anatomy judging its geometry, into a debrief and JSON) or rejected with located one-line errors.
/// </summary>
public sealed class AttemptMutationProperties : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-fuzz-attempt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public void A_mutated_attempt_is_accepted_or_rejected_with_located_errors(DoNotSize<int> seed)
    {
        var (path, scenarioId, context) = Write(seed.Item);
        var scenario = Corpus.Scenario(scenarioId);
        var result = Located.Quickly(() => AttemptLoader.LoadFile(path, scenario), context);
        Located.Result(result, path, context);
        if (result.Ok)
        {
            var attempt = result.Value!;
            var score = Located.Quickly(() => Scorer.Score(scenario, attempt.Events, attempt.Mode, AnatomyJudge.Shared), context);
            Assert.False(string.IsNullOrEmpty(Debrief.Render(score, scenario)), context);
            Assert.False(string.IsNullOrEmpty(ScoreJson.Serialize(score)), context);
        }
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public void Score_on_a_mutated_attempt_exits_0_or_1_with_located_errors_and_no_stack_trace(DoNotSize<int> seed)
    {
        var (path, scenarioId, context) = Write(seed.Item);
        var args = new List<string> { "score", "--scenario", scenarioId, "--attempt", path };
        if (seed.Item % 2 == 0)
        {
            args.Add("--json");
        }

        var run = Located.Quickly(() => CliRunner.Run(args.ToArray()), context);
        Located.Cli(run, context);
    }

    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public void Run_script_on_a_mutated_attempt_exits_0_or_1_with_located_errors_and_no_stack_trace(DoNotSize<int> seed)
    {
        var (path, _, context) = Write(seed.Item);
        var results = Path.Combine(_dir, $"results-{seed.Item}");
        // The scenario comes from the mutated file's own 'scenario' key, as when a person runs a broken script.
        var run = Located.Quickly(() => CliRunner.Run("run", "--script", path, "--results", results, "--json"), context);
        Located.Cli(run, context, progressOnStderr: true);
        Assert.True(run.ExitCode == 1 || Directory.GetFiles(results, "*.log.jsonl").Length == 1, context);
    }

    private (string Path, string ScenarioId, string Context) Write(int seed)
    {
        var rng = new Random(seed);
        var sample = Corpus.Attempts[rng.Next(Corpus.Attempts.Count)];
        var (bytes, edits) = Mutator.Mutate(sample.Bytes, DocFormat.Yaml, rng);
        var path = Path.Combine(_dir, $"{seed}-{sample.Name}");
        File.WriteAllBytes(path, bytes);
        return (path, sample.ScenarioId, $"seed {seed}, {sample.Name}: {edits}");
    }
}
