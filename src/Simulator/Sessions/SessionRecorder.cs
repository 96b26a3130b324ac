using System.CommandLine;
using Simulator.App.Cli;
using Simulator.App.Reports;
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
    public static bool Record(CliContext context, string? store, Scenario scenario, ScoreResult result, SessionInfo info, ResultsFolder folder)
    {
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
            context.Error.WriteLine($"{e.Message}; the session's files are saved: {folder.LogPath}");
            return false;
        }
    }
}
