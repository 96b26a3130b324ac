using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Attempts;

public sealed class SessionLogReaderTests : IDisposable
{
    private const string Header = """{"log":"simulator-session","version":1,"scenario":"test","trainee":"t","mode":"assessment"}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("sim-log-").FullName;
    private readonly Scenario _scenario = Make(new StepNode[] { S("a"), S("b") });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log(string text)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.log.jsonl");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Event(string id, double at) => $$"""{"do":"{{id}}","at":{{at}},"with":{},"outcome":"accepted","message":""}""";

    [Fact]
    public void A_log_written_by_the_writer_reads_back_its_events()
    {
        var path = Path.Combine(_dir, "written.log.jsonl");
        using (var writer = SessionLogWriter.Create(path, _scenario, "t", Mode.Guided, DateTimeOffset.UnixEpoch))
        {
            writer.Append(AttemptEvent.Of("a", 1.5, ("m", 2)), "accepted", "");
            writer.Append(AttemptEvent.Of("b", 3), "accepted", "");
        }

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(Mode.Guided, loaded.Value!.Mode);
        Assert.Equal(new[] { "a", "b" }, loaded.Value.Events.Select(e => e.Do));
        Assert.Equal(2, loaded.Value.Events[0].With["m"].Number);
    }

    [Fact]
    public void Each_bad_line_is_reported_once_on_its_own_line()
    {
        var path = Log(string.Join("\n", Header, Event("a", 1), Event("zz", 2), Event("yy", 3), Event("b", 4)) + "\n");

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.False(loaded.Ok);
        Assert.Collection(
            loaded.Diagnostics,
            d => Assert.Equal((3, true, true), (d.Line, d.IsError, d.Message.Contains("'zz'"))),
            d => Assert.Equal((4, true, true, false), (d.Line, d.IsError, d.Message.Contains("'yy'"), d.Message.Contains("'zz'"))));
    }

    [Fact]
    public void A_torn_last_line_without_a_line_end_is_a_warning_and_skipped()
    {
        var full = Event("b", 2);
        var path = Log(Header + "\n" + Event("a", 1) + "\n" + full[..(full.Length / 2)]);

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.True(loaded.Ok);
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal($"{path}:3:1: warning: last line is incomplete (the session ended while writing it); it is ignored", warning.ToString());
        Assert.Equal(new[] { "a" }, loaded.Value!.Events.Select(e => e.Do));
    }

    [Fact]
    public void A_complete_but_invalid_last_line_is_an_error()
    {
        var path = Log(Header + "\n" + Event("a", 1) + "\n" + """{"do":"b","at":""" + "\n");

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.False(loaded.Ok);
        var error = Assert.Single(loaded.Diagnostics);
        Assert.StartsWith($"{path}:3:1: error: not a valid event line", error.ToString());
    }

    [Fact]
    public void A_last_line_without_a_line_end_that_parses_is_kept()
    {
        var path = Log(Header + "\n" + Event("a", 1) + "\n" + Event("b", 2));

        var loaded = SessionLogReader.Load(path, _scenario);

        Assert.True(loaded.Ok);
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(new[] { "a", "b" }, loaded.Value!.Events.Select(e => e.Do));
    }

    [Theory]
    [InlineData("""{"log":"simulator-session","scenario":"test","mode":"assessment"}""", "the session log header has no \"version\" (this simulator reads versions 1–2)")]
    [InlineData("""{"log":"simulator-session","version":3,"scenario":"test","mode":"assessment"}""", "session log version 3 is newer than this simulator reads (2); update the simulator to replay it")]
    [InlineData("""{"log":"simulator-session","version":0,"scenario":"test","mode":"assessment"}""", "unknown session log version 0; this simulator reads versions 1–2")]
    [InlineData("""{"log":"simulator-session","version":"1","scenario":"test","mode":"assessment"}""", "the session log \"version\" must be a whole number, not \"1\"")]
    public void A_missing_or_unknown_version_is_an_error_on_line_1(string header, string message)
    {
        var path = Log(header + "\n" + Event("a", 1) + "\n");

        var loaded = SessionLogReader.Load(path, _scenario);
        var thrown = Assert.Throws<InputException>(() => SessionLogReader.ReadHeader(path));

        Assert.False(loaded.Ok);
        Assert.Equal($"{path}:1:1: error: {message}", Assert.Single(loaded.Diagnostics).ToString());
        Assert.Equal($"{path}:1:1: error: {message}", Assert.Single(thrown.Diagnostics).ToString());
    }

    [Fact]
    public void Notes_are_read_apart_from_the_events_and_a_version_1_log_still_reads()
    {
        var path = Path.Combine(_dir, "notes.log.jsonl");
        using (var writer = SessionLogWriter.Create(path, _scenario, "t", Mode.Guided, DateTimeOffset.UnixEpoch))
        {
            writer.Append(AttemptEvent.Of("a", 1.5), "accepted", "");
            writer.AppendNote(new SessionNote(SessionNote.PlanShown, 2.25, "showed the plan"));
            writer.Append(AttemptEvent.Of("b", 3), "accepted", "");
        }

        Assert.Contains("\"version\":2", File.ReadLines(path).First());
        Assert.Equal("""{"note":"plan-shown","at":2.25,"message":"showed the plan"}""", File.ReadLines(path).ElementAt(2));
        var loaded = SessionLogReader.Load(path, _scenario);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(new[] { "a", "b" }, loaded.Value!.Events.Select(e => e.Do));
        Assert.Equal(new SessionNote(SessionNote.PlanShown, 2.25, "showed the plan"), Assert.Single(loaded.Value.Notes));

        var old = SessionLogReader.Load(Log(Header + "\n" + Event("a", 1) + "\n"), _scenario);
        Assert.True(old.Ok);
        Assert.Empty(old.Value!.Notes);
    }
}
