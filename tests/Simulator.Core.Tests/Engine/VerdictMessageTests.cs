using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Engine;

/// <summary>The engine's words after each event: measurement lines, the scenario's feedback, redo offers and refusals by name.</summary>
public class VerdictMessageTests
{
    internal static readonly Scenario Pins = ScenarioLoader.LoadText("""
        id: pins
        title: Pins
        steps:
          - {id: setup, name: Set up the C-arm, action: check, instrument: C-arm}
          - {id: lateral, name: True lateral view, action: imaging, view: lateral, instrument: C-arm, requires: [setup]}
          - id: dock
            name: Dock the guide pin
            action: pin-dock
            instrument: guide pin
            requires: [lateral]
            targets:
              entry_offset_mm: {min: 0, max: 5, unit: mm}
            feedback:
              technique: The pin should sit within 5 mm of the planned entry.
          - id: advance
            name: Advance the guide pin
            action: pin-advance
            instrument: guide pin
            targets:
              depth_mm: {min: 45, max: 65, unit: mm}
              foramen_clearance_mm: {min: 5, unit: mm, critical: true}
            feedback:
              technique: Keep the pin clear of the foramina.
          - {id: drill, name: Drill over the pin, action: drill, instrument: drill}
          - {id: remove, name: Remove the guide pin, action: pin-removal, instrument: pin driver, requires: [drill]}
        """).ValueOrThrow();

    internal static Session Docking(Mode mode)
    {
        var session = new Session(Pins, mode);
        session.Submit(AttemptEvent.Of("setup", 1));
        session.Submit(AttemptEvent.Of("lateral", 2));
        return session;
    }

    [Fact]
    public void A_pin_docked_off_the_plan_gets_the_value_the_range_the_feedback_and_a_redo_offer()
    {
        var verdict = Docking(Mode.Guided).Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 10.2)));

        Assert.Equal(Outcome.Accepted, verdict.Outcome);
        Assert.Equal(
            "Dock the guide pin: done · ✗ entry_offset_mm 10.2 mm outside 0–5 mm · The pin should sit within 5 mm of the planned entry. · Redo: withdraw and re-dock the pin",
            verdict.Message);
        Assert.Equal("Dock the guide pin: done", verdict.Headline);
        var check = Assert.Single(verdict.Checks);
        Assert.Equal(CheckGrade.Outside, check.Grade);
        Assert.Equal("The pin should sit within 5 mm of the planned entry.", verdict.Advice);
        Assert.Equal("withdraw and re-dock the pin", verdict.RedoOffer);
        Assert.False(verdict.OnTarget);
    }

    [Fact]
    public void On_target_there_is_no_advice_and_no_redo_offer()
    {
        var verdict = Docking(Mode.Guided).Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 1)));

        Assert.Equal("Dock the guide pin: done · ✓ entry_offset_mm 1 mm (target 0–5 mm)", verdict.Message);
        Assert.True(verdict.OnTarget);
        Assert.Equal(("", ""), (verdict.Advice, verdict.RedoOffer));
    }

    [Fact]
    public void A_near_value_is_a_warning_with_the_feedback()
    {
        var verdict = Docking(Mode.Guided).Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 5.3)));

        Assert.Equal(CheckGrade.Near, verdict.Checks[0].Grade);
        Assert.Contains("⚠ entry_offset_mm 5.3 mm outside 0–5 mm · The pin should sit", verdict.Message);
        Assert.False(verdict.CriticalMiss);
    }

    [Fact]
    public void A_critical_target_outside_is_flagged_in_every_line_and_mode()
    {
        foreach (var mode in new[] { Mode.Guided, Mode.Assessment })
        {
            var session = Docking(mode);
            session.Submit(AttemptEvent.Of("dock", 10, ("entry_offset_mm", 1)));
            var verdict = session.Submit(AttemptEvent.Of("advance", 20, ("depth_mm", 55), ("foramen_clearance_mm", 3.7)));

            Assert.True(verdict.CriticalMiss);
            Assert.Equal(
                "Advance the guide pin: done · ✓ depth_mm 55 mm (target 45–65 mm); ✗ foramen_clearance_mm 3.7 mm below the minimum 5 mm (safety limit)"
                + " · Keep the pin clear of the foramina. · Redo: withdraw the pin and re-aim before advancing",
                verdict.Message);
        }
    }

    [Fact]
    public void Hints_name_the_key_in_refusals_and_redo_offers()
    {
        var session = new Session(Pins, Mode.Guided) { Hints = new KeyHints() };

        var refused = session.Submit(AttemptEvent.Of("lateral", 1));
        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal("Not yet: do \"Set up the C-arm\" first (key for setup).", refused.Message);

        session.Submit(AttemptEvent.Of("setup", 2));
        session.Submit(AttemptEvent.Of("lateral", 3));
        var docked = session.Submit(AttemptEvent.Of("dock", 4, ("entry_offset_mm", 9)));
        Assert.EndsWith("Redo: withdraw and re-dock the pin (press W)", docked.Message);
    }

    [Fact]
    public void A_refusal_of_a_step_that_is_not_next_leads_with_the_step_that_is()
    {
        var session = new Session(Pins, Mode.Guided) { Hints = new KeyHints() };
        var refused = session.Submit(AttemptEvent.Of("remove", 1));

        Assert.Equal(
            "Not now: next is \"Set up the C-arm\" (key for setup). \"Remove the guide pin\" needs \"Drill over the pin\" first.",
            refused.Message);
    }

    [Fact]
    public void Assessment_records_a_precondition_by_names_without_keys()
    {
        var session = new Session(Pins, Mode.Assessment) { Hints = new KeyHints() };
        var verdict = session.Submit(AttemptEvent.Of("lateral", 1));

        Assert.Equal(Outcome.PreconditionViolated, verdict.Outcome);
        Assert.Equal("Precondition violated: \"True lateral view\" needs \"Set up the C-arm\" first", verdict.Message);
    }

    private sealed class KeyHints : IControlHints
    {
        public string How(Step step) => $"key for {step.Id}";

        public string Redo(Step step) => "press W";
    }
}
