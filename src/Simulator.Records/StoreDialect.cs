using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Simulator.Records;

/// <summary>
/// What differs between the two stores — how a connection is made, the id column, the few statements only one of them has, and which
/// errors mean "locked" — so that <see cref="RecordStore"/> holds one set of queries, and both stores hold the same tables and columns.
/// </summary>
internal abstract class StoreDialect
{
    /// <summary>The dialect for <paramref name="location"/>: PostgreSQL for a connection string, else SQLite in that file.</summary>
    public static StoreDialect For(string location) => StoreLocation.IsConnectionString(location) ? new PostgresDialect() : new SqliteDialect();

    /// <summary>The store as it may be shown: a file's full path, or a connection string with its password masked.</summary>
    public abstract string Describe(string location);

    /// <summary>Opens a connection to the store, creating its file if there is none (SQLite).</summary>
    public abstract DbConnection Connect(string location, RecordStoreOptions options);

    /// <summary>How an auto-numbered primary key, a float and a reference to it are declared.</summary>
    public abstract string IdColumn { get; }

    public abstract string Real { get; }

    public abstract string IdReference { get; }

    /// <summary>A query with one parameter <c>@name</c> that counts the tables of that name in the store (0 or 1).</summary>
    public abstract string TableExists { get; }

    /// <summary>Statements run inside the migration transaction before the version is read, so that two processes never migrate at once.</summary>
    public virtual string? MigrationLock => null;

    /// <summary>A statement that gives deleted rows' space back and overwrites it, run after <see cref="RecordStore.Forget"/>.</summary>
    public virtual string? Compact => null;

    /// <summary>The statements that bring the schema from version <paramref name="version"/> − 1 to <paramref name="version"/>.</summary>
    public string Migration(int version) => version switch
    {
        // 1: sessions and their step outcomes.
        1 => $"""
            CREATE TABLE sessions (
                id {IdColumn},
                session_key TEXT NOT NULL UNIQUE,
                trainee TEXT NOT NULL,
                scenario_id TEXT NOT NULL,
                scenario_version TEXT NOT NULL,
                scenario_hash TEXT NOT NULL,
                mode TEXT NOT NULL,
                started TEXT NOT NULL,
                ended TEXT NOT NULL,
                duration_s {Real} NOT NULL,
                total {Real} NOT NULL,
                passed INTEGER NOT NULL,
                sequence {Real} NOT NULL,
                precedence {Real} NOT NULL,
                completeness {Real} NOT NULL,
                technique {Real} NOT NULL,
                economy {Real} NOT NULL,
                shots INTEGER NOT NULL,
                breaches INTEGER NOT NULL,
                critical_errors INTEGER NOT NULL,
                log_path TEXT NOT NULL,
                result_path TEXT NOT NULL,
                report_path TEXT NOT NULL
            );
            CREATE INDEX sessions_trainee ON sessions (trainee, scenario_id, started);
            CREATE TABLE step_outcomes (
                session_id {IdReference} NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                step_id TEXT NOT NULL,
                occurrence INTEGER NOT NULL,
                performed INTEGER NOT NULL,
                out_of_order INTEGER NOT NULL,
                technique_score {Real},
                critical INTEGER NOT NULL,
                PRIMARY KEY (session_id, step_id, occurrence)
            );
            """,
        // 2: the store's own settings (the pseudonym salt).
        2 => RecordStore.SettingsMigration,
        // 3: the place of each step outcome in its session's timeline, so that both stores read them back in the order they were written.
        3 => "ALTER TABLE step_outcomes ADD COLUMN step_index INTEGER NOT NULL DEFAULT 0;\n" + StepIndexBackfill,
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    /// <summary>Fills <c>step_index</c> of the rows written before it existed.</summary>
    protected virtual string StepIndexBackfill => "";

    /// <summary>True if <paramref name="error"/> means another program holds the store's write lock (worth trying again).</summary>
    public virtual bool IsLocked(Exception error) => false;
}

/// <summary>SQLite in one file, created readable by its owner only; WAL mode, a busy timeout, foreign keys on.</summary>
internal sealed class SqliteDialect : StoreDialect
{
    public override string IdColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string Real => "REAL";

    public override string IdReference => "INTEGER";

    public override string TableExists => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name;";

    public override string Compact => "VACUUM;";

    protected override string StepIndexBackfill =>
        "UPDATE step_outcomes SET step_index = rowid - (SELECT MIN(f.rowid) FROM step_outcomes f WHERE f.session_id = step_outcomes.session_id);";

    public override string Describe(string location) => Path.GetFullPath(location);

    public override DbConnection Connect(string location, RecordStoreOptions options)
    {
        var full = Path.GetFullPath(location);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        CreateOwnerOnly(full);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = false,
            // Microsoft.Data.Sqlite itself keeps retrying a busy statement until this (whole seconds) has passed; 0 would mean forever.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.LockWait.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            // The busy timeout first: switching a new file to WAL needs its write lock, which another process may hold.
            pragmas.CommandText = $"PRAGMA busy_timeout={(int)options.LockWait.TotalMilliseconds}; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override bool IsLocked(Exception error) =>
        error is SqliteException { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    /// <summary>Creates the file, if there is none, readable and writable by its owner only (atomically: two processes may start at once).</summary>
    private static void CreateOwnerOnly(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (new FileStream(path, create))
            {
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first.
        }
    }
}

/// <summary>PostgreSQL through Npgsql: one database shared by a lab's workstations; migrations under an advisory lock.</summary>
internal sealed class PostgresDialect : StoreDialect
{
    /// <summary>The key of the advisory lock the migration holds (any constant the lab's other applications are unlikely to use).</summary>
    private const long MigrationLockKey = 0x5349_4D52_4543; // "SIMREC"

    public override string IdColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string Real => "DOUBLE PRECISION";

    public override string IdReference => "BIGINT";

    public override string TableExists =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name;";

    public override string MigrationLock => $"SELECT pg_advisory_xact_lock({MigrationLockKey});";

    public override string Describe(string location) => StoreLocation.Display(location);

    /// <summary>A lock the server gave up waiting for (<c>lock_timeout</c>), a deadlock, or a serialization failure: worth trying again.</summary>
    public override bool IsLocked(Exception error) => error is PostgresException { SqlState: "55P03" or "40P01" or "40001" };

    public override DbConnection Connect(string location, RecordStoreOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreLocation.ToKeywords(location));
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "simulator";
        }

        // A store holds one connection for its life, so a pool would only keep connections a restarted server has dropped.
        if (!System.Text.RegularExpressions.Regex.IsMatch(StoreLocation.ToKeywords(location), @"(?i)(^|;)\s*pooling\s*="))
        {
            builder.Pooling = false;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
