using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Simulator.Records;

/// <summary>
/// The store of every session: SQLite in a file (no set-up), or one PostgreSQL database a skills lab shares — the same tables and
/// queries in both (<see cref="StoreDialect"/> holds the few differences). The schema is versioned and migrated on open, by one process
/// at a time; a session is written in one transaction, so a crash mid-session leaves the store as it was. A store locked by another
/// program is waited on and tried again a few times, then reported; every failure is one line naming the store, never its password.
/// </summary>
public sealed partial class RecordStore : IDisposable
{
    /// <summary>The schema version this build writes.</summary>
    public const int SchemaVersion = 3;

    private const int StepRowsPerInsert = 100;

    private readonly DbConnection _connection;
    private readonly StoreDialect _dialect;
    private readonly Retry _retry;

    private RecordStore(DbConnection connection, StoreDialect dialect, Retry retry)
    {
        _connection = connection;
        _dialect = dialect;
        _retry = retry;
    }

    /// <summary>The store as it may be shown: the full path of its file, or its connection string with the password masked.</summary>
    public string Location => _retry.Shown;

    /// <summary>True for a PostgreSQL store (shared by a lab), false for a SQLite file.</summary>
    public bool IsShared => _dialect is PostgresDialect;

    /// <summary>
    /// Opens and migrates the store at <paramref name="location"/>: a file path (created readable by its owner only) or a PostgreSQL
    /// connection string (<c>Host=…;Database=…;Username=…;Password=…</c> or a <c>postgresql://</c> URI).
    /// </summary>
    /// <exception cref="RecordsException">The store cannot be opened, is locked, or is from a newer build; the message is one line naming it.</exception>
    public static RecordStore Open(string location, RecordStoreOptions? options = null)
    {
        var dialect = StoreDialect.For(location);
        var retry = new Retry(location, Describe(dialect, location), dialect, options ?? RecordStoreOptions.Default);
        return retry.Run(() =>
        {
            var store = new RecordStore(dialect.Connect(location, retry.Options), dialect, retry);
            try
            {
                store.Migrate();
                return store;
            }
            catch
            {
                store.Dispose();
                throw;
            }
        });
    }

    /// <summary>Records <paramref name="session"/> and its step outcomes in one transaction; false if it was already recorded (same key).</summary>
    /// <exception cref="RecordsException">The store cannot be written; nothing of the session is in it.</exception>
    public bool Record(SessionRecord session) => _retry.Run(() =>
    {
        using var tx = _connection.BeginTransaction();
        using var insert = Command("""
            INSERT INTO sessions (session_key, trainee, scenario_id, scenario_version, scenario_hash, mode, started, ended,
                duration_s, total, passed, sequence, precedence, completeness, technique, economy, shots, breaches, critical_errors,
                log_path, result_path, report_path)
            VALUES (@key, @trainee, @scenario, @version, @hash, @mode, @started, @ended, @duration, @total, @passed, @sequence,
                @precedence, @completeness, @technique, @economy, @shots, @breaches, @critical, @log, @result, @report)
            ON CONFLICT (session_key) DO NOTHING
            RETURNING id;
            """, tx);
        Add(insert, "key", session.Key);
        Add(insert, "trainee", session.Trainee);
        Add(insert, "scenario", session.ScenarioId);
        Add(insert, "version", session.ScenarioVersion);
        Add(insert, "hash", session.ScenarioHash);
        Add(insert, "mode", session.Mode);
        Add(insert, "started", session.Started.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "ended", session.Ended.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "duration", session.DurationSeconds);
        Add(insert, "total", session.Total);
        Add(insert, "passed", session.Passed ? 1 : 0);
        Add(insert, "sequence", session.Sequence);
        Add(insert, "precedence", session.Precedence);
        Add(insert, "completeness", session.Completeness);
        Add(insert, "technique", session.Technique);
        Add(insert, "economy", session.Economy);
        Add(insert, "shots", session.Shots);
        Add(insert, "breaches", session.Breaches);
        Add(insert, "critical", session.CriticalErrors);
        Add(insert, "log", session.LogPath);
        Add(insert, "result", session.ResultPath);
        Add(insert, "report", session.ReportPath);
        if (insert.ExecuteScalar() is not { } value || value is DBNull)
        {
            tx.Rollback();
            return false;
        }

        InsertSteps(tx, Convert.ToInt64(value, CultureInfo.InvariantCulture), session.Steps);
        tx.Commit();
        return true;
    });

    /// <summary>Sessions, newest first, optionally of one trainee and/or scenario.</summary>
    public IReadOnlyList<StoredSession> Sessions(string? trainee = null, string? scenario = null) => _retry.Run(() =>
    {
        using var query = Command("""
            SELECT id, trainee, scenario_id, scenario_version, mode, started, ended, duration_s, total, passed, shots, breaches,
                critical_errors, log_path, result_path, report_path
            FROM sessions
            WHERE (@trainee IS NULL OR trainee = @trainee) AND (@scenario IS NULL OR scenario_id = @scenario)
            ORDER BY started DESC, id DESC;
            """);
        Add(query, "trainee", trainee, DbType.String);
        Add(query, "scenario", scenario, DbType.String);
        var list = new List<StoredSession>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new StoredSession(Long(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture), DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.GetDouble(7), reader.GetDouble(8), Long(reader, 9) != 0, (int)Long(reader, 10), (int)Long(reader, 11), (int)Long(reader, 12),
                reader.GetString(13), reader.GetString(14), reader.GetString(15)));
        }

        return (IReadOnlyList<StoredSession>)list;
    });

    /// <summary>Every step outcome of the sessions of <paramref name="scenario"/>, with the session's trainee, in the order they were recorded.</summary>
    public IReadOnlyList<(string Trainee, StepOutcome Outcome)> StepOutcomes(string scenario) => _retry.Run(() =>
    {
        using var query = Command("""
            SELECT s.trainee, o.step_id, o.occurrence, o.performed, o.out_of_order, o.technique_score, o.critical
            FROM step_outcomes o JOIN sessions s ON s.id = o.session_id
            WHERE s.scenario_id = @scenario
            ORDER BY s.id, o.step_index;
            """);
        Add(query, "scenario", scenario);
        var list = new List<(string, StepOutcome)>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), new StepOutcome(reader.GetString(1), (int)Long(reader, 2), Long(reader, 3) != 0, Long(reader, 4) != 0,
                reader.IsDBNull(5) ? null : reader.GetDouble(5), Long(reader, 6) != 0)));
        }

        return (IReadOnlyList<(string, StepOutcome)>)list;
    });

    /// <summary>Deletes every session of <paramref name="trainee"/> and their step outcomes, in one transaction; returns how many sessions.</summary>
    public int Forget(string trainee)
    {
        var count = _retry.Run(() =>
        {
            using var tx = _connection.BeginTransaction();
            using var outcomes = Command("DELETE FROM step_outcomes WHERE session_id IN (SELECT id FROM sessions WHERE trainee = @trainee);", tx);
            Add(outcomes, "trainee", trainee);
            outcomes.ExecuteNonQuery();
            using var sessions = Command("DELETE FROM sessions WHERE trainee = @trainee;", tx);
            Add(sessions, "trainee", trainee);
            var deleted = sessions.ExecuteNonQuery();
            tx.Commit();
            return deleted;
        });
        if (_dialect.Compact is { } compact)
        {
            _retry.Run(() => Execute(compact));
        }

        return count;
    }

    /// <summary>How many step outcome rows the store holds for <paramref name="sessionId"/>.</summary>
    public int StepCount(long sessionId) => _retry.Run(() =>
    {
        using var query = Command("SELECT COUNT(*) FROM step_outcomes WHERE session_id = @id;");
        Add(query, "id", sessionId);
        return Convert.ToInt32(query.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    public void Dispose() => _connection.Dispose();

    /// <summary>Brings the schema up to <see cref="SchemaVersion"/>: in one transaction that holds the store's write lock (SQLite) or an
    /// advisory lock (PostgreSQL), so two processes opening a new store at once migrate it once.</summary>
    private void Migrate()
    {
        if (CheckVersion(ReadVersion(null)) == SchemaVersion)
        {
            return;
        }

        using var tx = _connection.BeginTransaction();
        if (_dialect.MigrationLock is { } lockStatement)
        {
            Execute(lockStatement, tx);
        }

        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", tx);
        for (var v = CheckVersion(ReadVersion(tx)); v < SchemaVersion; v++)
        {
            Execute(_dialect.Migration(v + 1) + $"\nINSERT INTO schema_version (version) VALUES ({v + 1});", tx);
        }

        tx.Commit();
    }

    private int ReadVersion(DbTransaction? tx)
    {
        using var exists = Command(_dialect.TableExists, tx);
        Add(exists, "name", "schema_version");
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var read = Command("SELECT COALESCE(MAX(version), 0) FROM schema_version;", tx);
        return Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private int CheckVersion(int current) => current <= SchemaVersion
        ? current
        : throw new RecordsException($"records: {Location}: the store has schema version {current}, newer than this build's {SchemaVersion}; update the simulator");

    /// <summary>The step outcomes of session <paramref name="id"/>, a hundred rows to a statement, numbered in the order given.</summary>
    private void InsertSteps(DbTransaction tx, long id, IReadOnlyList<StepOutcome> steps)
    {
        for (var start = 0; start < steps.Count; start += StepRowsPerInsert)
        {
            using var insert = Command("", tx);
            Add(insert, "id", id);
            var sql = new StringBuilder(
                "INSERT INTO step_outcomes (session_id, step_id, occurrence, step_index, performed, out_of_order, technique_score, critical) VALUES ");
            for (var i = start; i < Math.Min(steps.Count, start + StepRowsPerInsert); i++)
            {
                var step = steps[i];
                sql.Append(i > start ? ", " : "").Append(CultureInfo.InvariantCulture, $"(@id, @s{i}, @k{i}, {i}, @p{i}, @o{i}, @t{i}, @c{i})");
                Add(insert, $"s{i}", step.StepId);
                Add(insert, $"k{i}", step.Occurrence);
                Add(insert, $"p{i}", step.Performed ? 1 : 0);
                Add(insert, $"o{i}", step.OutOfOrder ? 1 : 0);
                Add(insert, $"t{i}", step.TechniqueScore, DbType.Double);
                Add(insert, $"c{i}", step.Critical ? 1 : 0);
            }

            insert.CommandText = sql.Append(';').ToString();
            insert.ExecuteNonQuery();
        }
    }

    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } t)
        {
            parameter.DbType = t;
        }

        command.Parameters.Add(parameter);
    }

    private int Execute(string sql, DbTransaction? tx = null)
    {
        using var command = Command(sql, tx);
        return command.ExecuteNonQuery();
    }

    private static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static string Describe(StoreDialect dialect, string location)
    {
        try
        {
            return dialect.Describe(location);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return StoreLocation.Display(location);
        }
    }
}

/// <summary>A session as read back from the store.</summary>
public sealed record StoredSession(long Id, string Trainee, string ScenarioId, string ScenarioVersion, string Mode, DateTimeOffset Started,
    DateTimeOffset Ended, double DurationSeconds, double Total, bool Passed, int Shots, int Breaches, int CriticalErrors, string LogPath,
    string ResultPath, string ReportPath);

/// <summary>The store could not be opened, read or written; the message is one line naming it (never a password).</summary>
public sealed class RecordsException(string message, Exception? inner = null) : Exception(message, inner);
