using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary><c>--pseudonymise</c> on export and cohort, the salt the store keeps for it, and the schema migration that added it.</summary>
public sealed class RecordsPrivacyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-privacy-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    private void Run(string example, string trainee)
    {
        var run = CliRunner.Run("run", "--script", Path.Combine(RepoPaths.Root, "docs", "examples", example + ".yaml"), "--trainee", trainee,
            "--results", Path.Combine(_dir, "results"), "--store", Store);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private string Export(string format, string name, params string[] extra)
    {
        var file = Path.Combine(_dir, name);
        var run = CliRunner.Run(new[] { "export", "--format", format, "--out", file, "--store", Store }.Concat(extra).ToArray());
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(file);
    }

    [Fact]
    public void Pseudonymised_exports_and_cohort_name_each_trainee_by_the_same_salted_hash_and_never_by_name()
    {
        Run("mis-perfect", "Ada Lovelace");
        Run("mis-mistakes", "Ada Lovelace");
        Run("mis-short-implant", "Grace Hopper");

        var csv = Export("csv", "a.csv", "--pseudonymise");
        var csvAgain = Export("csv", "b.csv", "--pseudonymise");
        var xapi = Export("xapi", "a.json", "--pseudonymise");
        var adaOnly = Export("csv", "ada.csv", "--pseudonymise", "--trainee", "Ada Lovelace");
        var html = Path.Combine(_dir, "cohort.html");
        var cohort = CliRunner.Run("cohort", "--scenario", "si-joint-fusion-mis", "--out", html, "--pseudonymise", "--store", Store);
        Assert.True(cohort.ExitCode == 0, cohort.Error);
        var page = File.ReadAllText(html);

        string salt;
        using (var store = RecordStore.Open(Store))
        {
            salt = store.Salt();
        }

        var ada = Pseudonym.Of(salt, "Ada Lovelace");
        var grace = Pseudonym.Of(salt, "Grace Hopper");
        Assert.Matches("^t-[0-9a-f]{12}$", ada);
        Assert.NotEqual(ada, grace);
        Assert.Equal(csv, csvAgain);
        var rows = Lines(csv).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(new[] { ada, ada, grace }, rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal("", r[^1])); // the log's path is named after the trainee
        Assert.Equal(new[] { ada, ada }, Lines(adaOnly).Skip(1).Select(l => l.Split(',')[1]));
        var actors = JsonDocument.Parse(xapi).RootElement.EnumerateArray().Select(s => s.GetProperty("actor").GetProperty("account").GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { ada, grace }, actors);
        Assert.Contains($"<td>{ada}</td>", page);
        Assert.Contains($"<td>{grace}</td>", page);
        foreach (var output in new[] { csv, xapi, adaOnly, page })
        {
            foreach (var name in new[] { "Ada", "Lovelace", "Grace", "Hopper" })
            {
                Assert.DoesNotContain(name, output, StringComparison.Ordinal);
            }
        }

        // Without --pseudonymise the names are there, as before.
        Assert.Contains("Ada Lovelace", Export("csv", "named.csv"));
    }

    [Fact]
    public void The_salt_is_made_once_from_32_random_bytes_kept_in_the_store_and_the_same_for_two_connections_at_once()
    {
        string first;
        using (var store = RecordStore.Open(Store))
        {
            first = store.Salt();
            Assert.Equal(first, store.Salt());
        }

        Assert.Matches("^[0-9a-f]{64}$", first);
        using (var reopened = RecordStore.Open(Store))
        {
            Assert.Equal(first, reopened.Salt());
        }

        var other = Path.Combine(_dir, "other.db");
        using (RecordStore.Open(other))
        {
            // Created and migrated; the salt is not made until it is asked for.
        }

        var salts = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
        {
            using var store = RecordStore.Open(other);
            return store.Salt();
        }).ToList();
        Assert.Single(salts.Distinct());
        Assert.NotEqual(first, salts[0]);
    }

    [Fact]
    public void A_version_1_store_is_migrated_to_the_current_version_keeping_its_sessions()
    {
        Run("mis-perfect", "kept");
        using (var db = new SqliteConnection($"Data Source={Store};Pooling=false"))
        {
            // Back to exactly what a version-1 build wrote.
            db.Open();
            using var downgrade = db.CreateCommand();
            downgrade.CommandText = "DROP TABLE store_settings; ALTER TABLE step_outcomes DROP COLUMN step_index; DELETE FROM schema_version WHERE version > 1;";
            downgrade.ExecuteNonQuery();
        }

        Assert.Equal(1, Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'store_settings';"));

        using (var store = RecordStore.Open(Store))
        {
            Assert.Equal("kept", Assert.Single(store.Sessions()).Trainee);
            Assert.Matches("^[0-9a-f]{64}$", store.Salt());
        }

        Assert.Equal(Enumerable.Range(1, RecordStore.SchemaVersion).Select(v => (long)v), Column("SELECT version FROM schema_version ORDER BY version;"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM store_settings;"));
    }

    private static string[] Lines(string text) => text.Split(new[] { "\r\n", "\n" }, StringSplitOptions.RemoveEmptyEntries);

    private long Scalar(string sql) => Column(sql).Single();

    private List<long> Column(string sql)
    {
        using var db = new SqliteConnection($"Data Source={Store};Pooling=false");
        db.Open();
        using var query = db.CreateCommand();
        query.CommandText = sql;
        using var reader = query.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}
