using System.CommandLine;
using Simulator.App.Cli;
using Simulator.App.Reports;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using Simulator.Records;

namespace Simulator.App.Sessions;

/// <summary>
/// Puts every finished window, terminal and scripted session into the records store, after its files are written. A store that
/// cannot be written never loses the session: its files are already saved, and the one-line message says so.
/// </summary>
public static class SessionRecorder
{
    /// <summary>The <c>--store</c> option every recording or reading verb takes.</summary>
    public static Option<string?> StoreOption() => new("--store")
    {
        Description = $"Records store: a SQLite file (default $XDG_DATA_HOME/simulator/records.db) or a PostgreSQL connection string "
            + $"(Host=…;Database=…;Username=…, password from PGPASSFILE/~/.pgpass); also ${StoreLocation.EnvironmentVariable}.",
    };

    /// <summary>The <c>--record</c> option of the verbs that score a file (<c>score</c>, <c>replay</c>), which record nothing without it.</summary>
    public static Option<bool> RecordOption() => new("--record")
    {
        Description = "Also record the scored session in the records store (--store); the same file is recorded once.",
    };

    /// <summary>The usage rule of <c>--store</c> on a verb that records only with <c>--record</c>.</summary>
    public static void CheckRecordOptions(bool record, string? store)
    {
        if (store is not null && !record)
        {
            throw new UsageException("--store is where --record puts the session: add --record");
        }
    }

    /// <summary>Opens the store for a verb that reads or edits it; null (the reason printed, one line) when it cannot be opened.</summary>
    public static RecordStore? OpenStore(CliContext context, string? store)
    {
        try
        {
            return RecordStore.Open(StoreLocation.Resolve(store));
        }
        catch (RecordsException e)
        {
            context.Error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>Records the session; prints <c>recorded: …</c> or the reason it could not be (never throws).</summary>
    public static bool Record(CliContext context, string? store, Scenario scenario, ScoreResult result, SessionInfo info, ResultsFolder folder) =>
        Record(context, store, scenario, result, info, folder, out _);

    /// <summary>Records the session as <see cref="Record(CliContext, string?, Scenario, ScoreResult, SessionInfo, ResultsFolder)"/>; <paramref name="problem"/> is why not.</summary>
    public static bool Record(CliContext context, string? store, Scenario scenario, ScoreResult result, SessionInfo info, ResultsFolder folder,
        out string? problem)
    {
        problem = null;
        var location = StoreLocation.Resolve(store);
        try
        {
            using var records = RecordStore.Open(location);
            var record = SessionRecord.From(scenario, result, info.Trainee, info.Mode, info.Started, DateTimeOffset.Now,
                folder.LogPath, folder.ResultPath, folder.ReportPath);
            records.Record(record);
            context.Error.WriteLine($"recorded: {StoreLocation.Display(records.Location)}");
            return true;
        }
        catch (RecordsException e)
        {
            problem = e.Message;
            context.Error.WriteLine($"{e.Message}; the session's files are saved: {folder.LogPath}");
            return false;
        }
    }

    /// <summary>
    /// Records a session scored from a file (<c>score --record</c>, <c>replay --record</c>); prints <c>recorded: …</c>, <c>already
    /// recorded: …</c> (the same file was recorded before) or the one-line reason it could not be. False only if it could not be.
    /// </summary>
    public static bool Record(CliContext context, string? store, SessionRecord record)
    {
        try
        {
            using var records = RecordStore.Open(StoreLocation.Resolve(store));
            var added = records.Record(record);
            context.Error.WriteLine($"{(added ? "recorded" : "already recorded")}: {StoreLocation.Display(records.Location)}");
            return true;
        }
        catch (RecordsException e)
        {
            context.Error.WriteLine($"{e.Message}; nothing recorded");
            return false;
        }
    }

    /// <summary>
    /// The record of a session log re-scored as <paramref name="result"/>: who, which mode and when it started from the log's header;
    /// when it ended from its <c>*.result.json</c> (written as the session finished), else the start plus the session's duration.
    /// </summary>
    public static SessionRecord FromLog(string log, SessionLogHeader header, Scenario scenario, ScoreResult result)
    {
        var stem = log.EndsWith(".log.jsonl", StringComparison.Ordinal) ? log[..^".log.jsonl".Length] : Path.ChangeExtension(log, null);
        var resultPath = stem + ".result.json";
        var report = stem + ".report.html";
        var ended = File.Exists(resultPath)
            ? new DateTimeOffset(File.GetLastWriteTimeUtc(resultPath), TimeSpan.Zero)
            : header.Started + TimeSpan.FromSeconds(result.TimeTotalSeconds);
        return SessionRecord.From(scenario, result, header.Trainee, header.Mode == Mode.Guided ? "guided" : "assessment", header.Started, ended,
            log, File.Exists(resultPath) ? resultPath : "", File.Exists(report) ? report : "");
    }
}
