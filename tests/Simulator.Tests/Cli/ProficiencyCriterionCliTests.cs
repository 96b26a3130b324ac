using System.Globalization;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary><c>progress</c> and <c>cohort</c> judge proficiency by the scenario's own <c>proficiency:</c>, or say they use the default.</summary>
public sealed class ProficiencyCriterionCliTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-proficiency-cli-").FullName;

    public ProficiencyCriterionCliTests()
    {
        File.WriteAllText(ScenarioFile, """
            id: prof-demo
            title: Proficiency demo
            pass_mark: 70
            proficiency: {consecutive: 2, min_total: 90}
            steps:
              - {id: a, name: A, instruction: i, rationale: r, instrument: x}
            """);
        using var store = RecordStore.Open(Store);
        // ana: 95, 80 (a pass, below the bar), 91, 93 — by default proficient at attempt 3; by the scenario's criterion at attempt 4.
        Record(store, "ana", 95, 80, 91, 93);
        // bo: 95, 92, then a failure — proficient at attempt 2 by the scenario's criterion, not yet by the default.
        Record(store, "bo", 95, 92, 60);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    private string ScenarioFile => Path.Combine(_dir, "prof-demo.yaml");

    private static string Day(int attempt) => Day1.AddDays(attempt - 1).ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Record(RecordStore store, string trainee, params double[] totals)
    {
        for (var i = 0; i < totals.Length; i++)
        {
            var started = Day1.AddDays(i);
            Assert.True(store.Record(new SessionRecord
            {
                Trainee = trainee, ScenarioId = "prof-demo", Mode = "assessment", Started = started, Ended = started.AddMinutes(20),
                Total = totals[i], Passed = totals[i] >= 70,
            }));
        }
    }

    [Fact]
    public void Progress_given_the_scenario_file_uses_its_criterion()
    {
        var run = CliRunner.Run("progress", "--trainee", "ana", "--scenario", ScenarioFile, "--out", Path.Combine(_dir, "ana.png"), "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal($"ana: proficient since attempt 4 ({Day(4)}), 4 attempts", run.Out.Trim());
        Assert.DoesNotContain("default", run.Error);
        Assert.True(new FileInfo(Path.Combine(_dir, "ana.png")).Length > 1000);

        var bo = CliRunner.Run("progress", "--trainee", "bo", "--scenario", ScenarioFile, "--out", Path.Combine(_dir, "bo.png"), "--store", Store);
        Assert.Equal($"bo: proficient since attempt 2 ({Day(2)}), 3 attempts", bo.Out.Trim());
    }

    [Fact]
    public void Progress_on_a_scenario_whose_file_is_not_found_uses_the_default_and_says_so_in_one_line()
    {
        var run = CliRunner.Run("progress", "--trainee", "bo", "--out", Path.Combine(_dir, "bo.png"), "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains("default", StringComparison.Ordinal));
        Assert.StartsWith("simulator: scenario 'prof-demo' is not in ", line);
        Assert.EndsWith("; proficiency uses the default: 3 assessment passes in a row with no critical error", line);
        Assert.Equal("bo: not yet proficient (0 of 3 in a row; proficient is 3 assessment passes in a row with no critical error), 3 attempts",
            run.Out.Trim());
        Assert.StartsWith($"ana: proficient since attempt 3 ({Day(3)})",
            CliRunner.Run("progress", "--trainee", "ana", "--scenario", "prof-demo", "--out", Path.Combine(_dir, "a.png"), "--store", Store).Out);
    }

    [Fact]
    public void The_cohort_page_states_the_scenarios_criterion_and_judges_each_trainee_by_it()
    {
        var html = Path.Combine(_dir, "cohort.html");

        var run = CliRunner.Run("cohort", "--scenario", ScenarioFile, "--out", html, "--store", Store);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(html);
        Assert.Contains("Proficient: 2 assessment passes in a row with no critical error, each scoring at least 90.", page);
        Assert.Contains($"<td>ana</td><td class=\"n\">4</td><td class=\"n\">95.0</td><td class=\"n\">93.0 PASS</td><td>{Day(4)}</td>", page);
        Assert.Contains($"<td>bo</td><td class=\"n\">3</td><td class=\"n\">95.0</td><td class=\"n\">60.0 FAIL</td><td>{Day(2)}</td>", page);

        var byId = CliRunner.Run("cohort", "--scenario", "prof-demo", "--out", html, "--store", Store);
        Assert.Equal(0, byId.ExitCode);
        Assert.Contains("proficiency uses the default", byId.Error);
        Assert.Contains("Proficient: 3 assessment passes in a row with no critical error.", File.ReadAllText(html));
        Assert.Contains("<td>bo</td><td class=\"n\">3</td><td class=\"n\">95.0</td><td class=\"n\">60.0 FAIL</td><td>not yet</td>", File.ReadAllText(html));
    }

    [Fact]
    public void A_scenario_file_that_does_not_load_is_its_located_errors_and_exit_1()
    {
        var bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, "id: bad\ntitle: B\nproficiency: {consecutive: 0}\nsteps:\n  - {id: a}\n");

        var run = CliRunner.Run("cohort", "--scenario", bad, "--out", Path.Combine(_dir, "c.html"), "--store", Store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}:3:28: error: 'consecutive' of proficiency must be at least 1 (got 0)", run.Error);
    }
}
