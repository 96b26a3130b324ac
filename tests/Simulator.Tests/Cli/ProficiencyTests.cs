using Simulator.Core.Scenarios;
using Simulator.Records;

namespace Simulator.Tests.Cli;

/// <summary>The one proficiency evaluator: what counts towards the run, what breaks it, and when the trainee became proficient.</summary>
public class ProficiencyTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>An attempt: mode, total and critical errors; it passes at 70 with no critical error (as the scorer decides).</summary>
    private static StoredSession S(string mode, double total, int critical = 0, int day = 0) =>
        new(0, "t", "s", "1", mode, Day1.AddDays(day), Day1.AddDays(day).AddMinutes(30), 1800, total, total >= 70 && critical == 0, 0, 0, critical, "", "", "");

    private static StoredSession[] Days(params StoredSession[] sessions) =>
        sessions.Select((s, i) => s with { Started = Day1.AddDays(i), Ended = Day1.AddDays(i).AddMinutes(30) }).ToArray();

    [Fact]
    public void Three_clean_assessment_passes_in_a_row_make_the_trainee_proficient_at_the_third()
    {
        var state = Proficiency.Evaluate(Days(S("assessment", 50), S("assessment", 80), S("assessment", 85), S("assessment", 90), S("assessment", 60)),
            ProficiencyCriterion.Default);

        Assert.True(state.Proficient);
        Assert.Equal(3, state.ProficientAt);
        Assert.Equal(90, state.ProficientBy!.Total);
        Assert.Equal(DateOnly.FromDateTime(Day1.AddDays(3).ToLocalTime().DateTime), state.ProficientSince);
        Assert.Equal(5, state.Attempts);
        Assert.Equal(0, state.Streak); // a later failure does not take proficiency away, but the run starts again
        Assert.StartsWith($"Proficient since {state.ProficientSince:yyyy-MM-dd} (attempt 4)", state.Summary);
    }

    [Fact]
    public void A_failure_breaks_the_run()
    {
        var state = Proficiency.Evaluate(Days(S("assessment", 80), S("assessment", 80), S("assessment", 65), S("assessment", 90)), ProficiencyCriterion.Default);

        Assert.False(state.Proficient);
        Assert.Null(state.ProficientSince);
        Assert.Equal(1, state.Streak);
        Assert.Equal("Proficiency: 1 of 3 clean assessment passes in a row", state.Summary);
    }

    [Fact]
    public void A_critical_error_breaks_the_run_whatever_the_total()
    {
        var clean = Days(S("assessment", 80), S("assessment", 80), S("assessment", 95, critical: 1), S("assessment", 90));
        Assert.Equal(1, Proficiency.Evaluate(clean, ProficiencyCriterion.Default).Streak);

        // Even a record that says passed: a critical error never counts.
        var odd = clean.Select((s, i) => i == 2 ? s with { Passed = true } : s).ToArray();
        var state = Proficiency.Evaluate(odd, ProficiencyCriterion.Default);
        Assert.False(state.Proficient);
        Assert.Equal(1, state.Streak);
    }

    [Fact]
    public void A_guided_pass_does_not_count_and_guided_practice_does_not_break_the_run()
    {
        var guidedOnly = Proficiency.Evaluate(Days(S("guided", 100), S("guided", 100), S("guided", 100), S("guided", 100)), ProficiencyCriterion.Default);
        Assert.False(guidedOnly.Proficient);
        Assert.Equal(0, guidedOnly.Streak);

        var mixed = Proficiency.Evaluate(Days(S("assessment", 80), S("guided", 100), S("assessment", 80), S("guided", 30), S("assessment", 80)),
            ProficiencyCriterion.Default);
        Assert.True(mixed.Proficient);
        Assert.Equal(4, mixed.ProficientAt);
        Assert.Equal(3, mixed.Streak);
    }

    [Fact]
    public void A_min_total_above_the_pass_mark_makes_a_lower_pass_break_the_run()
    {
        var criterion = new ProficiencyCriterion(2, 85);
        var sessions = Days(S("assessment", 90), S("assessment", 80), S("assessment", 86), S("assessment", 85));

        var state = Proficiency.Evaluate(sessions, criterion);

        Assert.True(sessions[1].Passed); // 80 passes the scenario…
        Assert.Equal(3, state.ProficientAt); // …but breaks the run at 85: only attempts 3 and 4 make two in a row
        Assert.Equal(2, state.Streak);
        Assert.Equal(1, Proficiency.ProficientAt(sessions, ProficiencyCriterion.Default with { Consecutive = 2 }));
        Assert.Equal("Proficiency: 1 of 2 clean assessment passes ≥ 85 in a row", Proficiency.Evaluate(sessions[..3], criterion).Summary);
    }

    [Fact]
    public void The_first_run_decides_since_when_and_one_pass_can_be_enough()
    {
        var sessions = Days(S("guided", 40), S("assessment", 72), S("assessment", 90), S("assessment", 91), S("assessment", 92));

        Assert.Equal(1, Proficiency.ProficientAt(sessions, new ProficiencyCriterion(1)));
        Assert.Equal(3, Proficiency.ProficientAt(sessions, new ProficiencyCriterion(3)));
        Assert.Equal(4, Proficiency.ProficientAt(sessions, new ProficiencyCriterion(4)));
        Assert.Null(Proficiency.ProficientAt(sessions, new ProficiencyCriterion(5)));
        Assert.Null(Proficiency.ProficientAt(Array.Empty<StoredSession>(), ProficiencyCriterion.Default));
    }

    [Fact]
    public void The_state_keeps_the_most_recent_attempts_oldest_first()
    {
        var sessions = Days(Enumerable.Range(1, 8).Select(i => S("assessment", 60 + i)).ToArray());

        var state = Proficiency.Evaluate(sessions, ProficiencyCriterion.Default, last: 3);

        Assert.Equal(new[] { 66.0, 67, 68 }, state.Last.Select(s => s.Total));
        Assert.Empty(Proficiency.Evaluate(sessions, ProficiencyCriterion.Default, last: 0).Last);
        Assert.Equal(8, Proficiency.Evaluate(sessions, ProficiencyCriterion.Default, last: 20).Last.Count);
    }
}
