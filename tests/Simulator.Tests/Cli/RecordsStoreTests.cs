using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary>The SQLite store under another program's lock, a store of schema version 1 migrated, and connection strings shown without their password.</summary>
public sealed class RecordsStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-records-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    /// <summary>A finished session with three step outcomes, recorded in the order b, a, c.</summary>
    internal static SessionRecord Sample(string trainee, string key) => new()
    {
        Trainee = trainee,
        ScenarioId = "sample",
        Mode = "assessment",
        Started = new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero),
        Ended = new DateTimeOffset(2026, 5, 4, 9, 50, 0, TimeSpan.Zero),
        DurationSeconds = 1200,
        Total = 81.5,
        Passed = true,
        LogPath = Path.Combine(Path.GetTempPath(), key + ".log.jsonl"),
        Steps = [new StepOutcome("b", 1, true, false, 1, false), new StepOutcome("a", 1, false, false, null, true), new StepOutcome("c", 1, true, true, 0.5, false)],
    };

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        return connection;
    }

    [Fact]
    public void A_store_locked_by_another_program_is_tried_again_then_reported_by_name_with_the_number_of_tries()
    {
        using (RecordStore.Open(Store))
        {
        }

        var options = new RecordStoreOptions { LockWait = TimeSpan.FromMilliseconds(200), Attempts = 3, Backoff = TimeSpan.FromMilliseconds(100) };
        using var store = RecordStore.Open(Store, options);
        using var other = Connect(Store);
        using (var hold = other.BeginTransaction()) // BEGIN IMMEDIATE: the other program holds the write lock
        {
            var clock = Stopwatch.StartNew();
            var e = Assert.Throws<RecordsException>(() => store.Record(Sample("ada", "locked")));

            Assert.Matches(@"^records: .+records\.db: the store is locked by another program \(tried 3 times over [0-9.]+ s\); close it or try again later$", e.Message);
            Assert.StartsWith($"records: {Store}: ", e.Message);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"gave up after {clock.Elapsed}");
            hold.Rollback();
        }

        Assert.True(store.Record(Sample("ada", "locked")));
        Assert.Equal(3, store.StepCount(Assert.Single(store.Sessions()).Id));
    }

    [Fact]
    public async Task A_lock_released_while_the_store_waits_lets_the_session_through()
    {
        using (RecordStore.Open(Store))
        {
        }

        var options = new RecordStoreOptions { LockWait = TimeSpan.FromMilliseconds(200), Attempts = 6, Backoff = TimeSpan.FromMilliseconds(200) };
        using var store = RecordStore.Open(Store, options);
        using var other = Connect(Store);
        var hold = other.BeginTransaction();
        var release = Task.Run(async () =>
        {
            await Task.Delay(1500);
            hold.Rollback();
        });

        Assert.True(store.Record(Sample("ada", "waited")));
        await release;
        Assert.Single(store.Sessions());
    }

    [Fact]
    public void A_store_of_schema_version_1_is_migrated_and_its_step_outcomes_keep_their_order()
    {
        using (var v1 = Connect(Store))
        {
            using var create = v1.CreateCommand();
            create.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL);
                CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, session_key TEXT NOT NULL UNIQUE, trainee TEXT NOT NULL,
                    scenario_id TEXT NOT NULL, scenario_version TEXT NOT NULL, scenario_hash TEXT NOT NULL, mode TEXT NOT NULL, started TEXT NOT NULL,
                    ended TEXT NOT NULL, duration_s REAL NOT NULL, total REAL NOT NULL, passed INTEGER NOT NULL, sequence REAL NOT NULL,
                    precedence REAL NOT NULL, completeness REAL NOT NULL, technique REAL NOT NULL, economy REAL NOT NULL, shots INTEGER NOT NULL,
                    breaches INTEGER NOT NULL, critical_errors INTEGER NOT NULL, log_path TEXT NOT NULL, result_path TEXT NOT NULL, report_path TEXT NOT NULL);
                CREATE INDEX sessions_trainee ON sessions (trainee, scenario_id, started);
                CREATE TABLE step_outcomes (session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, step_id TEXT NOT NULL,
                    occurrence INTEGER NOT NULL, performed INTEGER NOT NULL, out_of_order INTEGER NOT NULL, technique_score REAL, critical INTEGER NOT NULL,
                    PRIMARY KEY (session_id, step_id, occurrence));
                INSERT INTO schema_version (version) VALUES (1);
                INSERT INTO sessions VALUES (7, 'log:/old', 'old', 'sample', '1', '', 'assessment', '2026-01-01T10:00:00.0000000+00:00',
                    '2026-01-01T10:20:00.0000000+00:00', 1200, 64, 0, 0, 0, 0, 0, 0, 2, 0, 1, '/old.log.jsonl', '', '');
                INSERT INTO step_outcomes VALUES (7, 'z', 1, 1, 0, NULL, 0), (7, 'x', 1, 1, 1, 0.25, 0), (7, 'y', 1, 0, 0, NULL, 1);
                """;
            create.ExecuteNonQuery();
        }

        using (var store = RecordStore.Open(Store))
        {
            Assert.True(store.Record(Sample("new", "after-migration")));
            Assert.Equal(new[] { "z", "x", "y", "b", "a", "c" }, store.StepOutcomes("sample").Select(o => o.Outcome.StepId));
            Assert.Equal("old", store.Sessions().Last().Trainee);
        }

        using var check = Connect(Store);
        using var query = check.CreateCommand();
        query.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM schema_version ORDER BY version);";
        Assert.Equal(string.Join(",", Enumerable.Range(1, RecordStore.SchemaVersion)), query.ExecuteScalar());
    }

    [Fact]
    public void A_connection_strings_password_is_masked_in_every_form_it_can_take()
    {
        Assert.Equal("Host=db;Username=lab;Password=***", StoreLocation.Display("Host=db;Username=lab;Password=s3cret"));
        Assert.Equal("Host=db;Pwd=***;Database=records", StoreLocation.Display("Host=db;Pwd = s3cret;Database=records"));
        Assert.Equal("Host=db;Password=***;Database=records", StoreLocation.Display("Host=db;Password='s3;cret';Database=records"));
        Assert.Equal("postgresql://lab:***@db.lab:5433/records", StoreLocation.Display("postgresql://lab:s3cret@db.lab:5433/records"));
        Assert.Equal("postgres://lab@db/records", StoreLocation.Display("postgres://lab@db/records"));
        Assert.Equal("postgres://lab@db/records?sslmode=require&password=***", StoreLocation.Display("postgres://lab@db/records?sslmode=require&password=s3cret"));
        Assert.Equal("/data/records.db", StoreLocation.Display("/data/records.db"));
        Assert.Equal("failed for *** at Host=db;Password=***", StoreLocation.Scrub("Host=db;Password=s3cret", "failed for s3cret at Host=db;Password=s3cret"));

        var keywords = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = StoreLocation.ToKeywords("postgresql://lab:s%3Bcret@db.lab:5433/records?sslmode=require") };
        Assert.Equal("db.lab", keywords["host"]);
        Assert.Equal("5433", keywords["port"].ToString());
        Assert.Equal("lab", keywords["username"]);
        Assert.Equal("s;cret", keywords["password"]);
        Assert.Equal("records", keywords["database"]);
        Assert.Equal("require", keywords["sslmode"]);
        Assert.True(StoreLocation.IsConnectionString("postgresql://db/records"));
        Assert.True(StoreLocation.IsConnectionString("Server=db;Database=records;Password=s3cret"));
        Assert.Equal("Server=db;Database=records;Password=***", StoreLocation.Display("Server=db;Database=records;Password=s3cret"));
        Assert.False(StoreLocation.IsConnectionString("/home/lab/records.db"));
        Assert.False(StoreLocation.IsConnectionString("/srv/host=a/records.db"));
    }

    [Fact]
    public void A_postgres_uri_that_cannot_be_parsed_is_one_line_without_its_password()
    {
        var e = Assert.Throws<RecordsException>(() => RecordStore.Open("postgresql://lab:s3cret@[bad/records"));

        Assert.StartsWith("records: postgresql://lab:***@[bad/records: ", e.Message);
        Assert.DoesNotContain("s3cret", e.Message);
    }
}
