using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Robustness;

/// <summary>A session log gets its name only with its header on disk, so no crash can leave a log that does not replay.</summary>
public sealed class LogWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-logwriter-").FullName;
    private readonly Scenario _scenario = Make(new StepNode[] { S("a"), S("b") });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_new_log_has_its_header_under_its_own_name_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_dir, "s.log.jsonl");

        using (var log = SessionLogWriter.Create(path, _scenario, "t", Mode.Guided, DateTimeOffset.UnixEpoch))
        {
            // Already readable before the first event: the header was written, synced and then renamed into place.
            Assert.Equal("test", SessionLogReader.ReadHeader(path).Scenario);
            Assert.False(File.Exists(path + ".tmp"));
            log.Append(AttemptEvent.Of("a", 1), "accepted", "");
        }

        Assert.Equal(new[] { "a" }, SessionLogReader.Load(path, _scenario).ValueOrThrow().Events.Select(e => e.Do));
    }

    [Fact]
    public void Creating_a_log_that_exists_fails_and_leaves_the_existing_one_and_no_temporary_file()
    {
        var path = Path.Combine(_dir, "s.log.jsonl");
        File.WriteAllText(path, "keep me\n");

        Assert.Throws<IOException>(() => SessionLogWriter.Create(path, _scenario, "t", Mode.Guided, DateTimeOffset.UnixEpoch));

        Assert.Equal("keep me\n", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".tmp"));
    }
}
