using FsCheck;
using FsCheck.Xunit;
using Simulator.App.Scene;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scoring;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>
/// Mutated session logs (written by real runs) never crash the reader <c>replay</c> uses, nor <c>simulator replay</c>: each
/// replays (a torn last line is a warning) or is rejected with located one-line errors.
/// </summary>
public sealed class SessionLogMutationProperties : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-fuzz-log-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public void A_mutated_log_replays_or_is_rejected_with_located_errors(DoNotSize<int> seed)
    {
        var (path, scenarioId, context) = Write(seed.Item);
        try
        {
            var header = SessionLogReader.ReadHeader(path);
            Assert.NotNull(header.Scenario);
            Assert.NotNull(header.Trainee);
        }
        catch (InputException ex)
        {
            Assert.NotEmpty(ex.Diagnostics);
            Located.Diagnostics(ex.Diagnostics, path, context);
        }

        var scenario = Corpus.Scenario(scenarioId);
        var result = Located.Quickly(() => SessionLogReader.Load(path, scenario), context);
        Located.Result(result, path, context);
        if (result.Ok)
        {
            var attempt = result.Value!;
            var score = Located.Quickly(() => Scorer.Score(scenario, attempt.Events, attempt.Mode, AnatomyJudge.Shared), context);
            Assert.False(string.IsNullOrEmpty(Debrief.Render(score, scenario)), context);
            Assert.All(attempt.Notes, n => Assert.NotNull(n.Note));
        }
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public void Replay_on_a_mutated_log_exits_0_or_1_with_located_errors_and_no_stack_trace(DoNotSize<int> seed)
    {
        var (path, _, context) = Write(seed.Item);
        var run = Located.Quickly(() => seed.Item % 2 == 0 ? CliRunner.Run("replay", path, "--json") : CliRunner.Run("replay", path), context);
        Located.Cli(run, context);
    }

    private (string Path, string ScenarioId, string Context) Write(int seed)
    {
        var rng = new Random(seed);
        var sample = Corpus.Logs[rng.Next(Corpus.Logs.Count)];
        var (bytes, edits) = Mutator.Mutate(sample.Bytes, DocFormat.JsonLines, rng);
        var path = Path.Combine(_dir, $"{seed}-{sample.Name}");
        File.WriteAllBytes(path, bytes);
        return (path, sample.ScenarioId, $"seed {seed}, {sample.Name}: {edits}");
    }
}
