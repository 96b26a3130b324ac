using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary>The records store: every session recorded once, read back by history, and a store that cannot be written loses nothing.</summary>
public sealed class RecordsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-records-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    private static string Example(string name) => Path.Combine(RepoPaths.Root, "docs", "examples", name + ".yaml");

    [Fact]
    public void Three_scripted_sessions_of_one_trainee_appear_in_history_with_the_totals_of_their_results()
    {
        var results = Path.Combine(_dir, "results");
        var runs = new[] { ("mis-perfect", true), ("mis-mistakes", false), ("mis-short-implant", false) };
        foreach (var (example, headless) in runs)
        {
            var args = new List<string> { "run", "--script", Example(example), "--trainee", "ada", "--results", results, "--store", Store };
            if (headless)
            {
                args.Add("--headless");
            }

            var run = CliRunner.Run(args.ToArray());
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains($"recorded: {Store}", run.Error);
        }

        var history = CliRunner.Run("history", "--trainee", "ada", "--json", "--store", Store);

        Assert.Equal(0, history.ExitCode);
        var sessions = JsonDocument.Parse(history.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, sessions.Count);
        foreach (var s in sessions)
        {
            var result = JsonDocument.Parse(File.ReadAllText(s.GetProperty("result").GetString()!)).RootElement;
            Assert.Equal(result.GetProperty("total").GetDouble(), s.GetProperty("total").GetDouble());
            Assert.Equal(result.GetProperty("passed").GetBoolean(), s.GetProperty("passed").GetBoolean());
            Assert.Equal("ada", s.GetProperty("trainee").GetString());
        }

        Assert.Equal(new[] { true, false, false }, sessions.Select(s => s.GetProperty("passed").GetBoolean()).Reverse());
        var csvFile = Path.Combine(_dir, "sessions.csv");
        Assert.Equal(0, CliRunner.Run("export", "--format", "csv", "--trainee", "ada", "--out", csvFile, "--store", Store).ExitCode);
        var lines = File.ReadAllLines(csvFile);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("id,trainee,scenario,scenario_version,mode,started,ended,duration_s,total,passed", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",ada,si-joint-fusion-mis,", l));

        var xapiFile = Path.Combine(_dir, "statements.json");
        Assert.Equal(0, CliRunner.Run("export", "--format", "xapi", "--out", xapiFile, "--store", Store).ExitCode);
        var statements = JsonDocument.Parse(File.ReadAllText(xapiFile)).RootElement.EnumerateArray().ToList();
        foreach (var statement in statements)
        {
            Assert.Equal("ada", statement.GetProperty("actor").GetProperty("account").GetProperty("name").GetString());
            Assert.StartsWith("http://adlnet.gov/expapi/verbs/", statement.GetProperty("verb").GetProperty("id").GetString());
            Assert.StartsWith("https://", statement.GetProperty("object").GetProperty("id").GetString());
            Assert.True(DateTimeOffset.TryParse(statement.GetProperty("timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out _));
            Assert.StartsWith("PT", statement.GetProperty("result").GetProperty("duration").GetString());
            Assert.True(Guid.TryParse(statement.GetProperty("id").GetString(), out _));
        }

        // Per session: attempted, completed when no required step was left out (mis-mistakes leaves a broach out), then passed or failed;
        // every statement of a session carries its score, scaled = total / 100.
        Assert.Equal(statements.Count, statements.Select(s => s.GetProperty("id").GetString()).Distinct().Count());
        var bySession = statements.GroupBy(s => s.GetProperty("context").GetProperty("registration").GetString()).ToList();
        Assert.Equal(3, bySession.Count);
        foreach (var group in bySession)
        {
            var scaled = group.Select(s => s.GetProperty("result").GetProperty("score").GetProperty("scaled").GetDouble()).Distinct().Single();
            var session = Assert.Single(sessions, s => Math.Abs(s.GetProperty("total").GetDouble() / 100 - scaled) < 1e-4);
            var result = JsonDocument.Parse(File.ReadAllText(session.GetProperty("result").GetString()!)).RootElement;
            var completed = result.GetProperty("omitted").GetArrayLength() == 0;
            var verdict = result.GetProperty("passed").GetBoolean() ? "passed" : "failed";
            Assert.Equal(completed ? new[] { "attempted", "completed", verdict } : new[] { "attempted", verdict },
                group.Select(s => s.GetProperty("verb").GetProperty("id").GetString()!["http://adlnet.gov/expapi/verbs/".Length..]));
            Assert.All(group, s => Assert.Equal(completed, s.GetProperty("result").GetProperty("completion").GetBoolean()));
            var started = DateTimeOffset.Parse(session.GetProperty("started").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var attempted = DateTimeOffset.Parse(group.First().GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs((started - attempted).TotalMilliseconds) < 1, "attempted is timestamped when the session started");
        }

        Assert.Equal(8, statements.Count); // mis-perfect 3, mis-mistakes 2 (a broach left out), mis-short-implant 3 (complete, but a critical error)
        var again = Path.Combine(_dir, "again.json");
        Assert.Equal(0, CliRunner.Run("export", "--format", "xapi", "--out", again, "--store", Store).ExitCode);
        Assert.Equal(File.ReadAllText(xapiFile), File.ReadAllText(again)); // the same ids: sending it again is idempotent at the LRS

        var table = CliRunner.Run("history", "--store", Store);
        Assert.Contains("si-joint-fusion-mis", table.Out);
        Assert.Contains("PASS", table.Out);
    }

    [Fact]
    public void A_session_is_recorded_once_with_one_step_outcome_per_reference_action_in_a_file_only_its_owner_reads()
    {
        var run = CliRunner.Run("run", "--script", Example("mis-perfect"), "--results", Path.Combine(_dir, "r"), "--store", Store);
        Assert.True(run.ExitCode == 0, run.Error);

        using var store = RecordStore.Open(Store);
        var session = Assert.Single(store.Sessions());
        Assert.Equal(55, store.StepCount(session.Id));
        var again = SessionRecord.From(App.Cli.ScenarioLocator.Load("si-joint-fusion-mis"), Core.Scoring.Scorer.Score(
                App.Cli.ScenarioLocator.Load("si-joint-fusion-mis"), new List<Core.Attempts.AttemptEvent>(), Core.Attempts.Mode.Assessment),
            "x", "assessment", DateTimeOffset.Now, DateTimeOffset.Now, logPath: session.LogPath);
        Assert.False(store.Record(again));
        Assert.Single(store.Sessions());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Store));
        }
    }

    [Fact]
    public void A_store_that_cannot_be_written_is_one_line_and_the_sessions_files_are_still_saved()
    {
        var blocker = Path.Combine(_dir, "not-a-folder");
        File.WriteAllText(blocker, "a file where the store's folder should be");
        var results = Path.Combine(_dir, "r");

        var run = CliRunner.Run("run", "--script", Example("mis-perfect"), "--results", results, "--store", Path.Combine(blocker, "records.db"));

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("records:", StringComparison.Ordinal));
        Assert.Contains("the session's files are saved", line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Single(Directory.GetFiles(results, "*.result.json"));
    }

    [Fact]
    public void A_store_from_a_newer_build_is_refused_by_name_and_its_data_left_alone()
    {
        using (RecordStore.Open(Store))
        {
        }

        using (var db = new SqliteConnection($"Data Source={Store};Pooling=false"))
        {
            db.Open();
            using var bump = db.CreateCommand();
            bump.CommandText = "INSERT INTO schema_version (version) VALUES (99);";
            bump.ExecuteNonQuery();
        }

        var e = Assert.Throws<RecordsException>(() => RecordStore.Open(Store));
        Assert.Contains($"schema version 99, newer than this build's {RecordStore.SchemaVersion}", e.Message);
        var history = CliRunner.Run("history", "--store", Store);
        Assert.Equal(1, history.ExitCode);
        Assert.StartsWith("records: ", history.Error);
    }

    [Fact]
    public void Connections_opening_a_new_store_at_the_same_moment_all_get_it_created_once_and_migrated_once()
    {
        for (var round = 0; round < 20; round++)
        {
            var path = Path.Combine(_dir, $"new-{round}.db");
            var salts = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
            {
                using var store = RecordStore.Open(path);
                return store.Salt();
            }).ToList();

            Assert.Single(salts.Distinct());
            using var db = new SqliteConnection($"Data Source={path};Pooling=false");
            db.Open();
            using var versions = db.CreateCommand();
            versions.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_version;";
            using var reader = versions.ExecuteReader();
            Assert.True(reader.Read());
            Assert.Equal((RecordStore.SchemaVersion, RecordStore.SchemaVersion), ((int)reader.GetInt64(0), (int)reader.GetInt64(1)));
        }
    }

    [Fact]
    public void Import_backfills_finished_sessions_once_and_running_it_twice_adds_nothing()
    {
        var results = Path.Combine(_dir, "results");
        foreach (var example in new[] { "mis-perfect", "open-perfect" })
        {
            Assert.Equal(0, CliRunner.Run("run", "--script", Example(example), "--trainee", "bo", "--results", results, "--store", Store).ExitCode);
        }

        File.WriteAllText(Path.Combine(results, "unfinished.log.jsonl"), "");
        var other = Path.Combine(_dir, "other.db");

        var first = CliRunner.Run("import", results, "--store", other);
        var second = CliRunner.Run("import", results, "--store", other);
        var intoLive = CliRunner.Run("import", results, "--store", Store);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith($"imported 2 session(s) into {other}; 0 already recorded; 1 skipped", first.Out);
        Assert.Contains("unfinished.log.jsonl: skipped: no unfinished.result.json beside it", first.Error);
        Assert.StartsWith("imported 0 session(s)", second.Out);
        Assert.Contains("2 already recorded", second.Out);
        Assert.StartsWith("imported 0 session(s)", intoLive.Out); // the live sessions are the same sessions
        using var store = RecordStore.Open(other);
        var sessions = store.Sessions("bo");
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(100, s.Total));
        Assert.Equal(new[] { "si-joint-fusion-mis", "si-joint-fusion-open" }, sessions.Select(s => s.ScenarioId).Order());
    }

    [Fact]
    public void Progress_draws_the_learning_curve_and_names_when_the_trainee_became_proficient()
    {
        var results = Path.Combine(_dir, "results");
        foreach (var example in new[] { "mis-mistakes", "mis-perfect", "mis-perfect", "mis-perfect" })
        {
            Assert.Equal(0, CliRunner.Run("run", "--script", Example(example), "--trainee", "cy", "--results", results, "--store", Store).ExitCode);
        }

        var png = Path.Combine(_dir, "curve.png");
        var run = CliRunner.Run("progress", "--trainee", "cy", "--out", png, "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("cy: proficient since attempt 4", run.Out);
        using var image = SixLabors.ImageSharp.Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(png);
        Assert.Equal((900, 500), (image.Width, image.Height));
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
        Assert.Equal(1, CliRunner.Run("progress", "--trainee", "nobody", "--out", png, "--store", Store).ExitCode);
    }

    [Fact]
    public void The_cohort_report_names_each_trainee_and_shows_where_the_cohort_goes_wrong_by_step_name()
    {
        var results = Path.Combine(_dir, "results");
        Assert.Equal(0, CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "Dana <Q>", "--results", results, "--store", Store).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", "--script", Example("mis-short-implant"), "--trainee", "eli", "--results", results, "--store", Store).ExitCode);
        var html = Path.Combine(_dir, "cohort.html");

        var run = CliRunner.Run("cohort", "--scenario", "si-joint-fusion-mis", "--out", html, "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(html);
        Assert.Contains("Dana &lt;Q&gt;", page);
        Assert.Contains("<td>eli</td>", page);
        Assert.Contains("Place the implant", page);
        Assert.DoesNotContain("<script", page);
        // The short first implant is one critical error of one of the six implant placements recorded.
        Assert.Matches(@"Place the implant</td><td[^>]*>0 %</td><td[^>]*>0 %</td><td[^>]*>\d+ %</td><td[^>]*>17 %</td>", page);
    }

    [Fact]
    public void Forget_deletes_one_trainees_sessions_and_outcomes_and_leaves_the_others()
    {
        var results = Path.Combine(_dir, "results");
        Assert.Equal(0, CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "gone", "--results", results, "--store", Store).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", "--script", Example("mis-perfect"), "--trainee", "kept", "--results", results, "--store", Store).ExitCode);

        var run = CliRunner.Run("forget", "--trainee", "gone", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("forgot 1 session(s) of 'gone'", run.Out);
        using var store = RecordStore.Open(Store);
        var left = Assert.Single(store.Sessions());
        Assert.Equal("kept", left.Trainee);
        Assert.Equal(55, store.StepOutcomes("si-joint-fusion-mis").Count);
        Assert.Equal(2, Directory.GetFiles(results, "*.result.json").Length);
    }

    [Fact]
    public void The_store_is_found_from_the_option_then_the_environment_then_the_xdg_data_folder()
    {
        Assert.Equal("/x/a.db", StoreLocation.Resolve("/x/a.db"));
        Assert.Equal(Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable), StoreLocation.Resolve(null));
        Assert.Equal("Host=db;Username=lab;Password=***", StoreLocation.Display("Host=db;Username=lab;Password=s3cret"));
    }
}

/// <summary>A session killed with SIGKILL in the middle leaves a store that opens and lists the sessions recorded before it.</summary>
public sealed class RecordsCrashTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-records-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Kill_9_in_the_middle_of_a_session_leaves_the_earlier_sessions_readable()
    {
        var store = Path.Combine(_dir, "records.db");
        var results = Path.Combine(_dir, "results");
        var example = Path.Combine(RepoPaths.Root, "docs", "examples", "mis-perfect.yaml");
        Assert.Equal(0, CliRunner.Run("run", "--script", example, "--trainee", "before", "--results", results, "--store", store).ExitCode);

        // A terminal session in its own process, waiting for its next action, killed without warning.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "simulator.dll"), "run", "--scenario", "si-joint-fusion-mis", "--trainee", "killed",
                     "--results", results, "--store", store })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            process.StandardInput.WriteLine("positioning-check");
            process.StandardInput.Flush();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < until && !Directory.GetFiles(results, "*killed.log.jsonl").Any(f => File.ReadAllText(f).Contains("positioning-check", StringComparison.Ordinal)))
            {
                Thread.Sleep(100);
            }

            process.Kill(entireProcessTree: true); // SIGKILL on Linux
            process.WaitForExit(10_000);
            Assert.True(process.HasExited);
        }

        using var records = RecordStore.Open(store);
        var session = Assert.Single(records.Sessions());
        Assert.Equal("before", session.Trainee);
        Assert.Equal(55, records.StepCount(session.Id));
        Assert.Single(Directory.GetFiles(results, "*killed.log.jsonl"));
    }
}
