using System.Diagnostics;
using Npgsql;

namespace Simulator.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests: <c>initdb</c> and <c>pg_ctl</c> on a temporary data folder, listening only on a Unix
/// socket in a temporary folder (no TCP port), as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root).
/// The superuser <c>postgres</c> connects without a password; the role <c>lab</c> needs its password (<see cref="LabPassword"/>), as
/// on a skills lab's server. Stopped and deleted at the end. Missing server binaries fail the tests with what to install.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string LabPassword = "secret123";

    private readonly string _root;
    private readonly string _bin;
    private readonly bool _asPostgres;
    private int _databases;

    public PostgresCluster()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: install them with 'bash .ci/setup-deps' (Debian package postgresql)");
        _asPostgres = Environment.IsPrivilegedProcess;
        _root = Directory.CreateTempSubdirectory("sim-pg-").FullName;
        SocketDir = Path.Combine(_root, "sock");
        Directory.CreateDirectory(SocketDir);
        try
        {
            if (_asPostgres)
            {
                Run("chown", "-R", "postgres:postgres", _root);
            }

            var data = Path.Combine(_root, "data");
            Pg("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            // The superuser without a password (the tests' own set-up); every other role with its password, as a lab's server would be.
            File.WriteAllText(Path.Combine(data, "pg_hba.conf"), "local all postgres trust\nlocal all all scram-sha-256\n");
            Pg("pg_ctl", "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
                "-o", $"-k {SocketDir} -c listen_addresses='' -c fsync=off -c max_connections=50", "start");
            Execute("postgres", $"CREATE ROLE lab LOGIN PASSWORD '{LabPassword}';");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The folder of the server's socket: a store's <c>Host=</c>.</summary>
    public string SocketDir { get; }

    /// <summary>The connection string of <paramref name="database"/> as the superuser <c>postgres</c> (no password needed).</summary>
    public string Superuser(string database) => $"Host={SocketDir};Username=postgres;Database={database}";

    /// <summary>The connection string of <paramref name="database"/> as the role <c>lab</c>, with its password: how a workstation is pointed at the lab's server.</summary>
    public string Lab(string database) => $"Host={SocketDir};Database={database};Username=lab;Password={LabPassword}";

    /// <summary>A new, empty database owned by the role <c>lab</c>; returns its name.</summary>
    public string CreateDatabase(string prefix)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}";
        Execute("postgres", $"CREATE DATABASE {name} OWNER lab;");
        return name;
    }

    /// <summary>Runs <paramref name="sql"/> in <paramref name="database"/> as the superuser and returns the first column of the first row.</summary>
    public object? Execute(string database, string sql)
    {
        using var connection = new NpgsqlConnection(Superuser(database) + ";Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        var data = Path.Combine(_root, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                Pg("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already stopped (a test stopped it); nothing to do.
            }
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private void Pg(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (_asPostgres)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output.Result}"
                + (File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : ""));
        }
    }

    private static string? FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return versions.Select(v => Path.Combine(v, "bin")).Concat(path)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }
}

/// <summary>The test classes that share one throwaway PostgreSQL server (each test in a database of its own).</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>;
