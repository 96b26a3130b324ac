using System.Text.Json;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary>
/// The records in one PostgreSQL database shared by a skills lab: every verb works against it as against the SQLite file, and
/// workstations recording at the same time lose nothing. Against a real server (<see cref="PostgresCluster"/>), no mock.
/// </summary>
[Collection("postgres")]
public sealed class PostgresRecordsTests(PostgresCluster cluster) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-pg-records-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example(string name) => Path.Combine(RepoPaths.Root, "docs", "examples", name + ".yaml");

    private static void AssertNoPassword(CliRunner.Outcome run)
    {
        Assert.DoesNotContain(PostgresCluster.LabPassword, run.Out);
        Assert.DoesNotContain(PostgresCluster.LabPassword, run.Error);
    }

    private static List<JsonElement> History(string store, params string[] filter)
    {
        var run = CliRunner.Run(["history", "--json", "--store", store, .. filter]);
        Assert.True(run.ExitCode == 0, run.Error);
        AssertNoPassword(run);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public void Three_scripted_sessions_in_a_shared_store_appear_in_history_export_progress_and_cohort()
    {
        var store = cluster.Lab(cluster.CreateDatabase("flows"));
        var results = Path.Combine(_dir, "results");
        foreach (var (example, headless) in new[] { ("mis-perfect", true), ("mis-mistakes", false), ("mis-short-implant", false) })
        {
            var args = new List<string> { "run", "--script", Example(example), "--trainee", "ada", "--results", results, "--store", store };
            if (headless)
            {
                args.Add("--headless");
            }

            var run = CliRunner.Run(args.ToArray());
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains($"recorded: Host={cluster.SocketDir};Database=", run.Error);
            Assert.Contains(";Username=lab;Password=***", run.Error);
            AssertNoPassword(run);
        }

        var sessions = History(store, "--trainee", "ada");
        Assert.Equal(3, sessions.Count);
        foreach (var s in sessions)
        {
            var result = JsonDocument.Parse(File.ReadAllText(s.GetProperty("result").GetString()!)).RootElement;
            Assert.Equal(result.GetProperty("total").GetDouble(), s.GetProperty("total").GetDouble());
            Assert.Equal(result.GetProperty("passed").GetBoolean(), s.GetProperty("passed").GetBoolean());
        }

        Assert.Equal(new[] { true, false, false }, sessions.Select(s => s.GetProperty("passed").GetBoolean()).Reverse());
        using (var records = RecordStore.Open(store))
        {
            Assert.All(records.Sessions(), s => Assert.Equal(55, records.StepCount(s.Id)));
            Assert.True(records.IsShared);
        }

        var csv = Path.Combine(_dir, "sessions.csv");
        var export = CliRunner.Run("export", "--format", "csv", "--trainee", "ada", "--out", csv, "--store", store);
        Assert.True(export.ExitCode == 0, export.Error);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",ada,si-joint-fusion-mis,", l));

        var html = Path.Combine(_dir, "cohort.html");
        var cohort = CliRunner.Run("cohort", "--scenario", "si-joint-fusion-mis", "--out", html, "--store", store);
        Assert.True(cohort.ExitCode == 0, cohort.Error);
        var page = File.ReadAllText(html);
        Assert.Contains("<td>ada</td>", page);
        // The same heatmap as from SQLite: the short first implant is one critical error of the implant placements recorded.
        Assert.Contains("Place the implant", page);
        // Step outcomes come back in the order they were written, as from the SQLite file the same sessions are imported into.
        var local = Path.Combine(_dir, "local.db");
        Assert.Equal(0, CliRunner.Run("import", results, "--store", local).ExitCode);
        Assert.Equal(StepSequences(local), StepSequences(store));

        var png = Path.Combine(_dir, "curve.png");
        var progress = CliRunner.Run("progress", "--trainee", "ada", "--out", png, "--store", store);
        Assert.True(progress.ExitCode == 0, progress.Error);
        using var image = SixLabors.ImageSharp.Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(png);
        var colours = new HashSet<SixLabors.ImageSharp.PixelFormats.Rgba32>();
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y += 5)
            {
                foreach (var px in rows.GetRowSpan(y))
                {
                    colours.Add(px);
                }
            }
        });
        Assert.True(colours.Count > 20, "the curve is blank");
        foreach (var run in new[] { export, cohort, progress })
        {
            AssertNoPassword(run);
        }
    }

    [Fact]
    public void Import_into_a_shared_store_twice_adds_nothing_and_forget_deletes_one_trainee_only()
    {
        var results = Path.Combine(_dir, "results");
        var local = Path.Combine(_dir, "local.db");
        foreach (var (example, trainee) in new[] { ("mis-perfect", "bo"), ("open-perfect", "bo"), ("mis-mistakes", "cy") })
        {
            Assert.Equal(0, CliRunner.Run("run", "--script", Example(example), "--trainee", trainee, "--results", results, "--store", local).ExitCode);
        }

        var store = cluster.Lab(cluster.CreateDatabase("import"));

        var first = CliRunner.Run("import", results, "--store", store);
        var second = CliRunner.Run("import", results, "--store", store);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith("imported 3 session(s) into Host=", first.Out);
        Assert.StartsWith("imported 0 session(s)", second.Out);
        Assert.Contains("3 already recorded", second.Out);
        AssertNoPassword(first);
        AssertNoPassword(second);
        Assert.Equal(3, History(store).Count);
        Assert.Equal(new[] { 100.0, 100.0 }, History(store, "--trainee", "bo").Select(s => s.GetProperty("total").GetDouble()));

        var forget = CliRunner.Run("forget", "--trainee", "bo", "--store", store);

        Assert.True(forget.ExitCode == 0, forget.Error);
        Assert.StartsWith("forgot 2 session(s) of 'bo' in Host=", forget.Out);
        AssertNoPassword(forget);
        var left = Assert.Single(History(store));
        Assert.Equal("cy", left.GetProperty("trainee").GetString());
        Assert.Equal(55L, Convert.ToInt64(cluster.Execute(DatabaseOf(store), "SELECT COUNT(*) FROM step_outcomes;")));
        Assert.Equal(3, Directory.GetFiles(results, "*.result.json").Length);
    }

    [Fact]
    public async Task Two_workstations_recording_at_the_same_time_into_a_new_database_lose_no_session()
    {
        // Two folders of finished sessions to import, made beforehand.
        var folders = new[] { Path.Combine(_dir, "a"), Path.Combine(_dir, "b") };
        foreach (var folder in folders)
        {
            foreach (var example in new[] { "mis-perfect", "mis-mistakes", "mis-short-implant" })
            {
                Assert.Equal(0, CliRunner.Run("run", "--script", Example(example), "--trainee", Path.GetFileName(folder), "--results", folder,
                    "--store", Path.Combine(_dir, "local.db")).ExitCode);
            }
        }

        var store = cluster.Lab(cluster.CreateDatabase("concurrent"));
        var live = Path.Combine(_dir, "live");

        // Both runs start on the new database at once (both migrate it), then both imports at once.
        var runs = new[] { "w1", "w2" }.Select(t => AppProcess.Start("run", "--script", Example("mis-perfect"), "--trainee", t, "--results", live, "--store", store))
            .ToList();
        var runOutcomes = await Task.WhenAll(runs.Select(p => AppProcess.Finish(p, TimeSpan.FromMinutes(3))));
        var imports = folders.Select(f => AppProcess.Start("import", f, "--store", store)).ToList();
        var importOutcomes = await Task.WhenAll(imports.Select(p => AppProcess.Finish(p, TimeSpan.FromMinutes(3))));

        foreach (var run in runOutcomes)
        {
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("recorded: Host=", run.Error);
            AssertNoPassword(run);
        }

        foreach (var import in importOutcomes)
        {
            Assert.True(import.ExitCode == 0, import.Error);
            Assert.StartsWith("imported 3 session(s)", import.Out);
            AssertNoPassword(import);
        }

        using var records = RecordStore.Open(store);
        var sessions = records.Sessions();
        Assert.Equal(8, sessions.Count);
        Assert.Equal(new[] { "a", "a", "a", "b", "b", "b", "w1", "w2" }, sessions.Select(s => s.Trainee).Order());
        Assert.All(sessions, s => Assert.Equal(55, records.StepCount(s.Id)));
        Assert.Equal(string.Join(",", Enumerable.Range(1, RecordStore.SchemaVersion)),
            cluster.Execute(DatabaseOf(store), "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version;"));
    }

    [Fact]
    public void Many_threads_opening_a_new_database_at_once_migrate_it_once_and_all_record()
    {
        var store = cluster.Lab(cluster.CreateDatabase("race"));

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var records = RecordStore.Open(store);
            Assert.True(records.Record(RecordsStoreTests.Sample($"t{i}", $"race-{i}")));
        });

        using var check = RecordStore.Open(store);
        Assert.Equal(8, check.Sessions().Count);
        Assert.Equal(string.Join(",", Enumerable.Range(1, RecordStore.SchemaVersion)),
            cluster.Execute(DatabaseOf(store), "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version;"));
    }

    [Fact]
    public void Pseudonyms_from_a_shared_store_come_from_the_one_salt_it_keeps_for_every_workstation()
    {
        var database = cluster.CreateDatabase("pseudonyms");
        var store = cluster.Lab(database);
        var run = CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "Ada Lovelace", "--results", Path.Combine(_dir, "r"), "--store", store);
        Assert.True(run.ExitCode == 0, run.Error);

        var salts = Enumerable.Range(0, 4).AsParallel().Select(_ =>
        {
            using var records = RecordStore.Open(store);
            return records.Salt();
        }).ToList();
        var csv = Path.Combine(_dir, "p.csv");
        var export = CliRunner.Run("export", "--format", "csv", "--pseudonymise", "--out", csv, "--store", store);
        var html = Path.Combine(_dir, "cohort.html");
        var cohort = CliRunner.Run("cohort", "--scenario", "si-joint-fusion-mis", "--pseudonymise", "--out", html, "--store", store);

        var salt = Assert.Single(salts.Distinct());
        Assert.Equal(salt, cluster.Execute(database, $"SELECT value FROM store_settings WHERE key = '{RecordStore.SaltKey}';"));
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(cohort.ExitCode == 0, cohort.Error);
        var pseudonym = Pseudonym.Of(salt, "Ada Lovelace");
        Assert.Equal(pseudonym, File.ReadAllLines(csv)[1].Split(',')[1]);
        Assert.Contains(pseudonym, File.ReadAllText(html));
        Assert.DoesNotContain("Ada", File.ReadAllText(csv) + File.ReadAllText(html));
    }

    /// <summary>Each session's step ids in the order the store gives them back, one string per session, sessions sorted.</summary>
    private static IEnumerable<string> StepSequences(string store)
    {
        using var records = RecordStore.Open(store);
        var outcomes = records.StepOutcomes("si-joint-fusion-mis").Select(o => o.Outcome).ToList();
        Assert.Equal(3 * 55, outcomes.Count);
        return outcomes.Chunk(55).Select(c => string.Join(" ", c.Select(o => $"{o.StepId}#{o.Occurrence}"))).Order(StringComparer.Ordinal).ToList();
    }

    internal static string DatabaseOf(string store) => new Npgsql.NpgsqlConnectionStringBuilder(store).Database!;
}
