using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using static Simulator.Core.Tests.Engine.VerdictMessageTests;

namespace Simulator.Core.Tests.Engine;

/// <summary>Withdraw and re-dock, pull back and re-aim: a redo is logged as a redo and scored by its own rule.</summary>
public sealed class RedoTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-redo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AttemptEvent Redo(AttemptEvent e) => e with { Redo = true };

    /// <summary>The whole procedure of <see cref="Pins"/>, docking at <paramref name="offset"/> mm, with a redo at <paramref name="redoOffset"/> mm if given.</summary>
    private static List<AttemptEvent> Attempt(double offset, double? redoOffset = null)
    {
        var events = new List<AttemptEvent>
        {
            AttemptEvent.Of("setup", 1),
            AttemptEvent.Of("lateral", 2),
            AttemptEvent.Of("dock", 10, ("entry_offset_mm", offset)),
        };
        if (redoOffset is { } again)
        {
            events.Add(Redo(AttemptEvent.Of("dock", 15, ("entry_offset_mm", again))));
        }

        events.Add(AttemptEvent.Of("advance", 20, ("depth_mm", 55), ("foramen_clearance_mm", 10)));
        events.Add(AttemptEvent.Of("drill", 30));
        events.Add(AttemptEvent.Of("remove", 40));
        return events;
    }

    [Fact]
    public void A_redo_replaces_the_occurrence_without_becoming_a_new_one()
    {
        var session = Docking(Mode.Guided);
        session.Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 10.2)));
        Assert.Same(Pins.FindStep("dock"), session.RedoCandidate);

        var verdict = session.Submit(Redo(AttemptEvent.Of("dock", 15, ("entry_offset_mm", 1.5))));

        Assert.Equal((Outcome.Redone, (int?)1), (verdict.Outcome, verdict.Redoes));
        Assert.Equal("Dock the guide pin: redone · ✓ entry_offset_mm 1.5 mm (target 0–5 mm)", verdict.Message);
        Assert.Equal(1, session.Counts["dock"]);
        Assert.Equal("advance", session.Expected!.Step.Id);
    }

    [Fact]
    public void The_last_attempt_counts_for_technique_and_the_redo_costs_economy_only()
    {
        var redone = Scorer.Score(Pins, Attempt(10.2, 1.5), Mode.Guided);
        var straight = Scorer.Score(Pins, Attempt(1.5), Mode.Guided);

        Assert.Equal(100, straight.Total);
        Assert.Equal(straight.Technique.Select(t => (t.Step, t.Occurrence, t.Value)), redone.Technique.Select(t => (t.Step, t.Occurrence, t.Value)));
        Assert.Equal(15, redone.Technique.Single(t => t.Step == "dock").AtSeconds);
        Assert.Equal(straight.Order.Performed, redone.Order.Performed);
        Assert.Equal(0, redone.Order.EditDistance);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (redone.Components.Sequence, redone.Components.Precedence, redone.Components.Completeness, redone.Components.Technique));
        Assert.Equal(1 - 1.0 / 6, redone.Components.Economy, 12);
        var deduction = Assert.Single(redone.Deductions);
        Assert.Equal(("economy", "\"Dock the guide pin\" #1 redone at 15 s: withdrawn and done again", "dock"), (deduction.Component, deduction.Reason, deduction.Step));
        Assert.True(redone.Total < straight.Total);
        Assert.True(redone.Total > Scorer.Score(Pins, Attempt(10.2), Mode.Guided).Total);
    }

    [Fact]
    public void A_critical_miss_redone_inside_the_limit_no_longer_fails()
    {
        var events = Attempt(1);
        var advance = events.FindIndex(e => e.Do == "advance");
        events[advance] = AttemptEvent.Of("advance", 20, ("depth_mm", 55), ("foramen_clearance_mm", 3.7));
        var failed = Scorer.Score(Pins, events, Mode.Assessment);
        events.Insert(advance + 1, Redo(AttemptEvent.Of("advance", 25, ("depth_mm", 55), ("foramen_clearance_mm", 9))));
        var redone = Scorer.Score(Pins, events, Mode.Assessment);

        Assert.Contains(failed.CriticalErrors, c => c.Kind == CriticalErrorKinds.CriticalTarget);
        Assert.False(failed.Passed);
        Assert.Empty(redone.CriticalErrors);
        Assert.True(redone.Passed);
    }

    [Fact]
    public void Guided_mode_refuses_a_redo_once_the_pin_has_gone_further()
    {
        var session = Docking(Mode.Guided);
        session.Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 8)));
        session.Submit(AttemptEvent.Of("advance", 20, ("depth_mm", 55), ("foramen_clearance_mm", 10)));
        Assert.Same(Pins.FindStep("advance"), session.RedoCandidate);

        var verdict = session.Submit(Redo(AttemptEvent.Of("dock", 25, ("entry_offset_mm", 1))));

        Assert.Equal(Outcome.Refused, verdict.Outcome);
        Assert.Equal("Not redone: too late to redo \"Dock the guide pin\": \"Advance the guide pin\" has been done since.", verdict.Message);
        session.Submit(AttemptEvent.Of("drill", 30));
        Assert.Null(session.RedoCandidate);
    }

    [Fact]
    public void Assessment_mode_records_an_impossible_redo_as_what_it_was()
    {
        var session = Docking(Mode.Assessment);
        session.Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 8)));
        session.Submit(AttemptEvent.Of("advance", 20, ("depth_mm", 55), ("foramen_clearance_mm", 10)));

        var verdict = session.Submit(Redo(AttemptEvent.Of("dock", 25, ("entry_offset_mm", 1))));

        Assert.Equal(Outcome.Repeated, verdict.Outcome);
        Assert.StartsWith("Dock the guide pin: repeated — expected 1, this is number 2 (not a redo: too late to redo", verdict.Message);
        Assert.Equal(2, session.Counts["dock"]);
    }

    [Fact]
    public void A_step_with_nothing_to_redo_is_refused_in_guided_mode()
    {
        var verdict = Docking(Mode.Guided).Submit(Redo(AttemptEvent.Of("dock", 5, ("entry_offset_mm", 1))));

        Assert.Equal(Outcome.Refused, verdict.Outcome);
        Assert.Contains("has not been done yet, so there is nothing to redo", verdict.Message);
    }

    [Fact]
    public void The_log_and_attempt_files_carry_the_redo_flag_and_replay_to_the_same_result()
    {
        var path = Path.Combine(_dir, "redo.log.jsonl");
        var live = new Session(Pins, Mode.Guided);
        using (var writer = SessionLogWriter.Create(path, Pins, "t", Mode.Guided, DateTimeOffset.UnixEpoch))
        {
            foreach (var e in Attempt(10.2, 1.5))
            {
                var v = live.Submit(e);
                writer.Append(e, v.Outcome == Outcome.Redone ? "redone" : "accepted", v.Message);
            }
        }

        var line = File.ReadAllLines(path)[4];
        Assert.StartsWith("{\"do\":\"dock\",\"at\":15,\"redo\":true,", line);
        Assert.DoesNotContain("redo", File.ReadAllLines(path)[3]);
        var loaded = SessionLogReader.Load(path, Pins).ValueOrThrow();
        Assert.Equal(new[] { false, false, false, true, false, false, false }, loaded.Events.Select(e => e.Redo));
        Assert.Equal(ScoreJson.Serialize(live.Finish()), ScoreJson.Serialize(Scorer.Score(Pins, loaded)));

        var script = AttemptLoader.LoadText("""
            scenario: pins
            events:
              - {do: dock, at: 10, with: {entry_offset_mm: 9}}
              - {do: dock, at: 12, redo: true, with: {entry_offset_mm: 2}}
            """, Pins).ValueOrThrow();
        Assert.Equal(new[] { false, true }, script.Events.Select(e => e.Redo));
        var bad = AttemptLoader.LoadText("scenario: pins\nevents:\n  - {do: dock, at: 1, redo: maybe}\n", Pins);
        Assert.Contains(bad.Diagnostics, d => d.Message.Contains("'redo' must be true or false", StringComparison.Ordinal));
    }
}
