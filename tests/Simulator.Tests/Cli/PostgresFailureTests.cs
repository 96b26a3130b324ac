using Microsoft.Data.Sqlite;
using Npgsql;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary>
/// A shared store that cannot be reached, drops the connection, or refuses the password: one line naming the store with its password
/// masked, never a stack trace, the session's files saved, and nothing half-written. Also: both stores hold the same tables and columns.
/// </summary>
[Collection("postgres")]
public sealed class PostgresFailureTests(PostgresCluster cluster) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-pg-failure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name) => Path.Combine(RepoPaths.Root, "docs", "examples", name + ".yaml");

    [Fact]
    public void A_server_that_cannot_be_reached_is_one_line_naming_the_store_without_its_password_and_the_sessions_files_are_saved()
    {
        var nowhere = Directory.CreateDirectory(Path.Combine(_dir, "no-server")).FullName;
        var store = $"Host={nowhere};Database=lab;Username=lab;Password=secret123;Timeout=5";
        var results = Path.Combine(_dir, "r");

        var run = CliRunner.Run("run", "--script", Example("mis-perfect"), "--results", results, "--store", store);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("records:", StringComparison.Ordinal));
        Assert.StartsWith($"records: Host={nowhere};Database=lab;Username=lab;Password=***;Timeout=5: ", line);
        Assert.Contains($"{nowhere}/.s.PGSQL.5432", line);
        Assert.EndsWith("; the session's files are saved: " + Directory.GetFiles(results, "*.log.jsonl").Single(), line.TrimEnd());
        Assert.DoesNotContain("secret123", run.Error + run.Out);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Single(Directory.GetFiles(results, "*.result.json"));

        foreach (var verb in new[] { new[] { "history" }, ["forget", "--trainee", "x"], ["import", results] })
        {
            var read = CliRunner.Run([.. verb, "--store", store]);
            Assert.Equal(1, read.ExitCode);
            Assert.StartsWith("records: Host=", Assert.Single(read.Error.TrimEnd().Split('\n')));
            Assert.DoesNotContain("secret123", read.Error + read.Out);
        }
    }

    [Fact]
    public void A_connection_the_server_drops_is_one_line_and_leaves_nothing_of_the_session_half_written()
    {
        var database = cluster.CreateDatabase("dropped");
        var store = cluster.Lab(database) + ";Pooling=false";
        using var records = RecordStore.Open(store);
        Assert.True(records.Record(RecordsStoreTests.Sample("before", "dropped-1")));

        var dropped = cluster.Execute("postgres",
            $"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = 'simulator';");
        Assert.Equal(1L, dropped);
        var e = Assert.Throws<RecordsException>(() => records.Record(RecordsStoreTests.Sample("after", "dropped-2")));

        Assert.StartsWith($"records: Host={cluster.SocketDir};Database={database};Username=lab;Password=***;Pooling=false: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain(PostgresCluster.LabPassword, e.Message);
        using var again = RecordStore.Open(store);
        Assert.Equal("before", Assert.Single(again.Sessions()).Trainee);
        Assert.Equal(3L, Convert.ToInt64(cluster.Execute(database, "SELECT COUNT(*) FROM step_outcomes;")));
        Assert.True(again.Record(RecordsStoreTests.Sample("after", "dropped-2")));
    }

    [Fact]
    public void A_wrong_password_is_refused_without_being_printed_and_a_password_file_keeps_it_out_of_the_connection_string()
    {
        var database = cluster.CreateDatabase("auth");
        var wrong = $"Host={cluster.SocketDir};Database={database};Username=lab;Password='not;the-password'";

        var refused = CliRunner.Run("history", "--store", wrong);

        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.Error.TrimEnd().Split('\n'));
        Assert.Equal($"records: Host={cluster.SocketDir};Database={database};Username=lab;Password=***: 28P01: password authentication failed for user \"lab\"", line);
        Assert.DoesNotContain("the-password", refused.Error);

        var passfile = Path.Combine(_dir, "pgpass");
        File.WriteAllText(passfile, $"*:*:{database}:lab:{PostgresCluster.LabPassword}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passfile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var store = $"Host={cluster.SocketDir};Database={database};Username=lab;Passfile={passfile}";
        var recorded = CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "pf", "--results", Path.Combine(_dir, "r"), "--store", store);
        Assert.True(recorded.ExitCode == 0, recorded.Error);
        Assert.Contains($"recorded: {store}", recorded.Error);
        Assert.Equal("pf", cluster.Execute(database, "SELECT trainee FROM sessions;"));
    }

    [Fact]
    public void A_store_from_a_newer_build_is_refused_by_name_and_left_alone()
    {
        var database = cluster.CreateDatabase("newer");
        var store = cluster.Lab(database);
        using (RecordStore.Open(store))
        {
        }

        cluster.Execute(database, "INSERT INTO schema_version (version) VALUES (99);");

        var e = Assert.Throws<RecordsException>(() => RecordStore.Open(store));
        Assert.Equal($"records: {StoreLocation.Display(store)}: the store has schema version 99, newer than this build's {RecordStore.SchemaVersion}; update the simulator",
            e.Message);
    }

    [Fact]
    public void Both_stores_hold_the_same_tables_and_columns()
    {
        var database = cluster.CreateDatabase("schema");
        using (RecordStore.Open(cluster.Lab(database)))
        {
        }

        var file = Path.Combine(_dir, "records.db");
        using (RecordStore.Open(file))
        {
        }

        var postgres = new List<string>();
        using (var pg = new NpgsqlConnection(cluster.Superuser(database)))
        {
            pg.Open();
            using var query = pg.CreateCommand();
            query.CommandText = "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position;";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                postgres.Add(reader.GetString(0));
            }
        }

        var sqlite = new List<string>();
        using (var db = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            db.Open();
            using var query = db.CreateCommand();
            query.CommandText = "SELECT m.name || '.' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid;";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                sqlite.Add(reader.GetString(0));
            }
        }

        Assert.Contains("sessions.session_key", postgres);
        Assert.Contains("step_outcomes.step_index", postgres);
        Assert.Equal(sqlite, postgres);
    }
}
