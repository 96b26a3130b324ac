using Microsoft.Data.Sqlite;

namespace Simulator.Records;

/// <summary>
/// The store of every session: SQLite in a file (no set-up). The schema is versioned and migrated on open; a session is written in
/// one transaction, so a crash mid-session leaves the database as it was, and WAL mode lets readers work while a session is written.
/// </summary>
public sealed partial class RecordStore : IDisposable
{
    /// <summary>The schema version this build writes.</summary>
    public const int SchemaVersion = 2;

    private static readonly string[] Migrations =
    {
        // 1: sessions and their step outcomes.
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_key TEXT NOT NULL UNIQUE,
            trainee TEXT NOT NULL,
            scenario_id TEXT NOT NULL,
            scenario_version TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            mode TEXT NOT NULL,
            started TEXT NOT NULL,
            ended TEXT NOT NULL,
            duration_s REAL NOT NULL,
            total REAL NOT NULL,
            passed INTEGER NOT NULL,
            sequence REAL NOT NULL,
            precedence REAL NOT NULL,
            completeness REAL NOT NULL,
            technique REAL NOT NULL,
            economy REAL NOT NULL,
            shots INTEGER NOT NULL,
            breaches INTEGER NOT NULL,
            critical_errors INTEGER NOT NULL,
            log_path TEXT NOT NULL,
            result_path TEXT NOT NULL,
            report_path TEXT NOT NULL
        );
        CREATE INDEX sessions_trainee ON sessions (trainee, scenario_id, started);
        CREATE TABLE step_outcomes (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            occurrence INTEGER NOT NULL,
            performed INTEGER NOT NULL,
            out_of_order INTEGER NOT NULL,
            technique_score REAL,
            critical INTEGER NOT NULL,
            PRIMARY KEY (session_id, step_id, occurrence)
        );
        """,

        // 2: the store's own settings (the pseudonym salt); plain TEXT so the same SQL serves every dialect.
        SettingsMigration,
    };

    private readonly SqliteConnection _connection;

    private RecordStore(SqliteConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    /// <summary>The file the store is in.</summary>
    public string Location { get; }

    /// <summary>Opens (creating it, readable by its owner only) and migrates the store at <paramref name="path"/>.</summary>
    /// <exception cref="RecordsException">The store cannot be opened or is from a newer build; the message names it.</exception>
    public static RecordStore Open(string path)
    {
        if (StoreLocation.IsConnectionString(path))
        {
            throw new RecordsException($"records: {StoreLocation.Display(path)}: PostgreSQL stores are not supported by this build yet; use a file path");
        }

        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!File.Exists(full))
            {
                // Created readable by its owner only from the start; another process creating it at the same moment is fine.
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.ReadWrite };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                try
                {
                    using (new FileStream(full, create))
                    {
                    }

                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                    }
                }
                catch (IOException) when (File.Exists(full))
                {
                }
            }

            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
            connection.Open();
            var store = new RecordStore(connection, full);
            store.Execute("PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;");
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new RecordsException($"records: {path}: {e.Message}", e);
        }
    }

    /// <summary>Records <paramref name="session"/> and its step outcomes in one transaction; false if it was already recorded (same key).</summary>
    public bool Record(SessionRecord session)
    {
        try
        {
            using var tx = _connection.BeginTransaction();
            using var insert = _connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT OR IGNORE INTO sessions (session_key, trainee, scenario_id, scenario_version, scenario_hash, mode, started, ended,
                    duration_s, total, passed, sequence, precedence, completeness, technique, economy, shots, breaches, critical_errors,
                    log_path, result_path, report_path)
                VALUES ($key, $trainee, $scenario, $version, $hash, $mode, $started, $ended, $duration, $total, $passed, $sequence,
                    $precedence, $completeness, $technique, $economy, $shots, $breaches, $critical, $log, $result, $report)
                RETURNING id;
                """;
            var p = insert.Parameters;
            p.AddWithValue("$key", session.Key);
            p.AddWithValue("$trainee", session.Trainee);
            p.AddWithValue("$scenario", session.ScenarioId);
            p.AddWithValue("$version", session.ScenarioVersion);
            p.AddWithValue("$hash", session.ScenarioHash);
            p.AddWithValue("$mode", session.Mode);
            p.AddWithValue("$started", session.Started.ToString("O"));
            p.AddWithValue("$ended", session.Ended.ToString("O"));
            p.AddWithValue("$duration", session.DurationSeconds);
            p.AddWithValue("$total", session.Total);
            p.AddWithValue("$passed", session.Passed ? 1 : 0);
            p.AddWithValue("$sequence", session.Sequence);
            p.AddWithValue("$precedence", session.Precedence);
            p.AddWithValue("$completeness", session.Completeness);
            p.AddWithValue("$technique", session.Technique);
            p.AddWithValue("$economy", session.Economy);
            p.AddWithValue("$shots", session.Shots);
            p.AddWithValue("$breaches", session.Breaches);
            p.AddWithValue("$critical", session.CriticalErrors);
            p.AddWithValue("$log", session.LogPath);
            p.AddWithValue("$result", session.ResultPath);
            p.AddWithValue("$report", session.ReportPath);
            if (insert.ExecuteScalar() is not long id)
            {
                tx.Rollback();
                return false;
            }

            foreach (var step in session.Steps)
            {
                using var row = _connection.CreateCommand();
                row.Transaction = tx;
                row.CommandText = """
                    INSERT INTO step_outcomes (session_id, step_id, occurrence, performed, out_of_order, technique_score, critical)
                    VALUES ($id, $step, $k, $performed, $order, $technique, $critical);
                    """;
                row.Parameters.AddWithValue("$id", id);
                row.Parameters.AddWithValue("$step", step.StepId);
                row.Parameters.AddWithValue("$k", step.Occurrence);
                row.Parameters.AddWithValue("$performed", step.Performed ? 1 : 0);
                row.Parameters.AddWithValue("$order", step.OutOfOrder ? 1 : 0);
                row.Parameters.AddWithValue("$technique", (object?)step.TechniqueScore ?? DBNull.Value);
                row.Parameters.AddWithValue("$critical", step.Critical ? 1 : 0);
                row.ExecuteNonQuery();
            }

            tx.Commit();
            return true;
        }
        catch (SqliteException e)
        {
            throw new RecordsException($"records: {Location}: {e.Message}", e);
        }
    }

    /// <summary>Sessions, newest first, optionally of one trainee and/or scenario.</summary>
    public IReadOnlyList<StoredSession> Sessions(string? trainee = null, string? scenario = null)
    {
        using var query = _connection.CreateCommand();
        query.CommandText = """
            SELECT id, trainee, scenario_id, scenario_version, mode, started, ended, duration_s, total, passed, shots, breaches,
                critical_errors, log_path, result_path, report_path
            FROM sessions
            WHERE ($trainee IS NULL OR trainee = $trainee) AND ($scenario IS NULL OR scenario_id = $scenario)
            ORDER BY started DESC, id DESC;
            """;
        query.Parameters.AddWithValue("$trainee", (object?)trainee ?? DBNull.Value);
        query.Parameters.AddWithValue("$scenario", (object?)scenario ?? DBNull.Value);
        var list = new List<StoredSession>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new StoredSession(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetDouble(7), reader.GetDouble(8), reader.GetInt64(9) != 0, (int)reader.GetInt64(10), (int)reader.GetInt64(11),
                (int)reader.GetInt64(12), reader.GetString(13), reader.GetString(14), reader.GetString(15)));
        }

        return list;
    }

    /// <summary>Every step outcome of the sessions of <paramref name="scenario"/>, with the session's trainee.</summary>
    public IReadOnlyList<(string Trainee, StepOutcome Outcome)> StepOutcomes(string scenario)
    {
        using var query = _connection.CreateCommand();
        query.CommandText = """
            SELECT s.trainee, o.step_id, o.occurrence, o.performed, o.out_of_order, o.technique_score, o.critical
            FROM step_outcomes o JOIN sessions s ON s.id = o.session_id
            WHERE s.scenario_id = $scenario
            ORDER BY s.id, o.rowid;
            """;
        query.Parameters.AddWithValue("$scenario", scenario);
        var list = new List<(string, StepOutcome)>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), new StepOutcome(reader.GetString(1), (int)reader.GetInt64(2), reader.GetInt64(3) != 0, reader.GetInt64(4) != 0,
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetInt64(6) != 0)));
        }

        return list;
    }

    /// <summary>Deletes every session of <paramref name="trainee"/> and their step outcomes, in one transaction; returns how many sessions.</summary>
    public int Forget(string trainee)
    {
        using var tx = _connection.BeginTransaction();
        using var outcomes = _connection.CreateCommand();
        outcomes.Transaction = tx;
        outcomes.CommandText = "DELETE FROM step_outcomes WHERE session_id IN (SELECT id FROM sessions WHERE trainee = $trainee);";
        outcomes.Parameters.AddWithValue("$trainee", trainee);
        outcomes.ExecuteNonQuery();
        using var sessions = _connection.CreateCommand();
        sessions.Transaction = tx;
        sessions.CommandText = "DELETE FROM sessions WHERE trainee = $trainee;";
        sessions.Parameters.AddWithValue("$trainee", trainee);
        var count = sessions.ExecuteNonQuery();
        tx.Commit();
        Execute("VACUUM;");
        return count;
    }

    /// <summary>How many step outcome rows the store holds for <paramref name="sessionId"/>.</summary>
    public int StepCount(long sessionId)
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM step_outcomes WHERE session_id = $id;";
        query.Parameters.AddWithValue("$id", sessionId);
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _connection.Dispose();

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
        {
            throw new RecordsException($"records: {Location}: the store has schema version {current}, newer than this build's {SchemaVersion}; update the simulator");
        }

        while (current < SchemaVersion)
        {
            // The transaction takes the write lock first, then the version is read again: another process opening the same new
            // store at the same moment may have migrated it while this one waited.
            using var tx = _connection.BeginTransaction();
            read.Transaction = tx;
            current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (current < SchemaVersion)
            {
                using var migrate = _connection.CreateCommand();
                migrate.Transaction = tx;
                migrate.CommandText = Migrations[current] + $"\nINSERT INTO schema_version (version) VALUES ({current + 1});";
                migrate.ExecuteNonQuery();
                current++;
            }

            tx.Commit();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A session as read back from the store.</summary>
public sealed record StoredSession(long Id, string Trainee, string ScenarioId, string ScenarioVersion, string Mode, DateTimeOffset Started,
    DateTimeOffset Ended, double DurationSeconds, double Total, bool Passed, int Shots, int Breaches, int CriticalErrors, string LogPath,
    string ResultPath, string ReportPath);

/// <summary>The store could not be opened, read or written; the message is one line naming it (never a password).</summary>
public sealed class RecordsException(string message, Exception? inner = null) : Exception(message, inner);
