using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary><c>score</c> and <c>replay</c> record nothing, unless given <c>--record</c>; then the scored session once.</summary>
public sealed class RecordFlagTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-record-flag-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name) => Path.Combine(RepoPaths.Root, "docs", "examples", name + ".yaml");

    private static IReadOnlyList<StoredSession> Sessions(string store)
    {
        using var records = RecordStore.Open(store);
        return records.Sessions();
    }

    /// <summary>Sessions in the default store (the tests' own, shared) that came from <paramref name="file"/>.</summary>
    private static int InDefaultStore(string file) =>
        Sessions(StoreLocation.Resolve(null)).Count(s => Path.GetFullPath(s.LogPath) == Path.GetFullPath(file));

    [Fact]
    public void Score_records_the_attempt_only_with_record_and_the_same_file_once()
    {
        var attempt = Path.Combine(_dir, "attempt.yaml");
        File.Copy(Example("mis-mistakes"), attempt);
        var store = Path.Combine(_dir, "records.db");

        var plain = CliRunner.Run("score", "--scenario", "si-joint-fusion-mis", "--attempt", attempt, "--json");
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal("", plain.Error);
        Assert.Equal(0, InDefaultStore(attempt));

        var recorded = CliRunner.Run("score", "--scenario", "si-joint-fusion-mis", "--attempt", attempt, "--json", "--record", "--store", store);
        var again = CliRunner.Run("score", "--scenario", "si-joint-fusion-mis", "--attempt", attempt, "--record", "--store", store);

        Assert.Equal(0, recorded.ExitCode);
        Assert.Equal(plain.Out, recorded.Out); // --json stays pure: the store's line is on the error stream
        Assert.Equal($"recorded: {store}", recorded.Error.Trim());
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"already recorded: {store}", again.Error.Trim());
        var session = Assert.Single(Sessions(store));
        var result = System.Text.Json.JsonDocument.Parse(plain.Out).RootElement;
        Assert.Equal(result.GetProperty("total").GetDouble(), session.Total);
        Assert.False(session.Passed);
        Assert.Equal("example", session.Trainee); // the attempt's trainee and mode
        Assert.Equal("assessment", session.Mode);
        Assert.Equal(attempt, session.LogPath);
        Assert.Equal(new DateTimeOffset(File.GetLastWriteTimeUtc(attempt), TimeSpan.Zero), session.Ended);
        Assert.Equal(session.Ended - TimeSpan.FromSeconds(result.GetProperty("order").GetProperty("time_total_s").GetDouble()), session.Started);
        using var records = RecordStore.Open(store);
        Assert.Equal(55, records.StepCount(session.Id));
    }

    [Fact]
    public void Replay_records_the_log_only_with_record_as_the_session_the_live_run_recorded()
    {
        var live = Path.Combine(_dir, "live.db");
        var run = CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "rey", "--mode", "guided", "--results", Path.Combine(_dir, "results"),
            "--store", live);
        Assert.Equal(0, run.ExitCode);
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_dir, "results"), "*.log.jsonl"));
        var recordedLive = Assert.Single(Sessions(live));
        var other = Path.Combine(_dir, "other.db");

        var plain = CliRunner.Run("replay", log, "--json");
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, InDefaultStore(log));
        Assert.Single(Sessions(live));

        var first = CliRunner.Run("replay", log, "--json", "--record", "--store", other);
        var second = CliRunner.Run("replay", log, "--record", "--store", other);
        var intoLive = CliRunner.Run("replay", log, "--record", "--store", live);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(plain.Out, first.Out);
        Assert.Equal($"recorded: {other}", first.Error.Trim());
        Assert.Contains($"already recorded: {other}", second.Error);
        Assert.Contains($"already recorded: {live}", intoLive.Error);
        Assert.Single(Sessions(live));
        var replayed = Assert.Single(Sessions(other));
        Assert.Equal(("rey", "guided", 100.0, true), (replayed.Trainee, replayed.Mode, replayed.Total, replayed.Passed));
        Assert.Equal(recordedLive.Started, replayed.Started); // from the log's header
        Assert.Equal(recordedLive.ResultPath, replayed.ResultPath);
        Assert.Equal(recordedLive.ReportPath, replayed.ReportPath);
    }

    [Fact]
    public void A_store_without_record_is_a_usage_error_and_a_store_that_cannot_be_written_fails_the_recording_in_one_line()
    {
        var store = Path.Combine(_dir, "never.db");
        var usage = CliRunner.Run("score", "--scenario", "si-joint-fusion-mis", "--attempt", Example("mis-perfect"), "--store", store);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--store is where --record puts the session: add --record", usage.Error);
        Assert.False(File.Exists(store));

        var blocker = Path.Combine(_dir, "a-file");
        File.WriteAllText(blocker, "");
        var failed = CliRunner.Run("score", "--scenario", "si-joint-fusion-mis", "--attempt", Example("mis-perfect"), "--record", "--store", Path.Combine(blocker, "r.db"));
        Assert.Equal(1, failed.ExitCode);
        var line = Assert.Single(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"records: {Path.Combine(blocker, "r.db")}: ", line);
        Assert.EndsWith("; nothing recorded", line);
    }
}
