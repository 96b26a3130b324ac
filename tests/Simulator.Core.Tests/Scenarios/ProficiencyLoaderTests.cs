using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>The optional <c>proficiency: {consecutive, min_total}</c> key: read when valid, every mistake one located line.</summary>
public class ProficiencyLoaderTests
{
    private const string Head = "id: d\ntitle: T\npass_mark: 70\nsteps:\n  - {id: a, name: A, instruction: i, rationale: r, instrument: x}\n";

    private static List<string> Errors(string proficiency) =>
        ScenarioLoader.LoadText(Head + proficiency, "p.yaml").Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Without_the_key_a_scenario_asks_for_three_assessment_passes_in_a_row_at_its_pass_mark()
    {
        var s = ScenarioLoader.LoadText(Head).ValueOrThrow();
        Assert.Equal(new ProficiencyCriterion(3, null), s.Proficiency);
        Assert.Equal("3 assessment passes in a row with no critical error", s.Proficiency.Describe());
    }

    [Fact]
    public void Both_sub_keys_are_read()
    {
        var result = ScenarioLoader.LoadText(Head + "proficiency: {consecutive: 5, min_total: 82.5}\n", "p.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new ProficiencyCriterion(5, 82.5), result.Value!.Proficiency);
        Assert.Equal("5 assessment passes in a row with no critical error, each scoring at least 82.5", result.Value.Proficiency.Describe());
    }

    [Fact]
    public void Either_sub_key_may_be_left_out()
    {
        Assert.Equal(new ProficiencyCriterion(1, null), ScenarioLoader.LoadText(Head + "proficiency:\n  consecutive: 1\n").ValueOrThrow().Proficiency);
        Assert.Equal(new ProficiencyCriterion(3, 90), ScenarioLoader.LoadText(Head + "proficiency: {min_total: 90}\n").ValueOrThrow().Proficiency);
        Assert.Equal("1 assessment pass in a row with no critical error", new ProficiencyCriterion(1).Describe());
    }

    [Fact]
    public void An_unknown_sub_key_is_located_at_it_with_a_suggestion()
    {
        Assert.Equal(new[] { "p.yaml:6:15: error: unknown key 'consecutve' in proficiency (did you mean 'consecutive'?)" },
            Errors("proficiency: {consecutve: 4}\n"));
    }

    [Theory]
    [InlineData("{consecutive: 0}", "p.yaml:6:28: error: 'consecutive' of proficiency must be at least 1 (got 0)")]
    [InlineData("{consecutive: 2.5}", "p.yaml:6:28: error: 'consecutive' of proficiency must be a whole number, not '2.5'")]
    [InlineData("{consecutive: often}", "p.yaml:6:28: error: 'consecutive' of proficiency must be a whole number, not 'often'")]
    [InlineData("{min_total: 101}", "p.yaml:6:26: error: 'min_total' of proficiency must be between 0 and 100 (got 101)")]
    [InlineData("{min_total: -1}", "p.yaml:6:26: error: 'min_total' of proficiency must be between 0 and 100 (got -1)")]
    [InlineData("{min_total: high}", "p.yaml:6:26: error: 'min_total' of proficiency must be a number, not 'high'")]
    [InlineData("3", "p.yaml:6:14: error: 'proficiency' must be a mapping, not a value")]
    [InlineData("[3, 80]", "p.yaml:6:14: error: 'proficiency' must be a mapping, not a list")]
    public void A_wrong_value_is_one_error_located_at_it(string value, string expected)
    {
        Assert.Equal(new[] { expected }, Errors($"proficiency: {value}\n"));
    }

    [Fact]
    public void A_duplicate_sub_key_is_located_at_the_second()
    {
        Assert.Equal(new[] { "p.yaml:8:3: error: duplicate key 'consecutive' in proficiency (first at 7:3)" },
            Errors("proficiency:\n  consecutive: 2\n  consecutive: 4\n"));
    }

    [Fact]
    public void A_min_total_below_the_pass_mark_is_a_warning_because_only_passes_count()
    {
        var result = ScenarioLoader.LoadText(Head + "proficiency: {min_total: 60}\n", "p.yaml");
        Assert.True(result.Ok);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("p.yaml:6:26: warning: 'min_total' of proficiency (60) is below pass_mark (70): only passes count, so it changes nothing",
            warning.ToString());
        Assert.Equal(new ProficiencyCriterion(3, null), result.Value!.Proficiency);
    }

    [Fact]
    public void Errors_in_proficiency_are_reported_with_the_files_other_errors()
    {
        var errors = ScenarioLoader.LoadText("id: d\ntitle: T\npass_mark: 150\nproficiency: {consecutive: 0}\nsteps:\n  - {id: a, after: [zz]}\n", "p.yaml")
            .Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("p.yaml:3:12: error: pass_mark must be between 0 and 100 (got 150)", errors);
        Assert.Contains("p.yaml:4:28: error: 'consecutive' of proficiency must be at least 1 (got 0)", errors);
        Assert.Contains(errors, e => e.StartsWith("p.yaml:6:", StringComparison.Ordinal) && e.Contains("unknown id 'zz'"));
    }
}
