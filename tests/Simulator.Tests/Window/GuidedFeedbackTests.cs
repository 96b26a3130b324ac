using System.Numerics;
using System.Text.RegularExpressions;
using Simulator.App.Sessions;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Scene;
using static Simulator.Tests.Window.OperatingTableTests;

namespace Simulator.Tests.Window;

/// <summary>Feedback at the moment of the error, as the HUD's message box shows it (the model it paints), driven through the operating table.</summary>
public class GuidedFeedbackTests
{
    private const string DockAdvice = "The pin should sit within 5 mm of the entry point marked on the lateral view.";

    /// <summary>The planned entry of the first pin moved 10 mm along the ilium's surface (head-ward).</summary>
    private static Vector3 TenMillimetresOff(OperatingTable t) => t.Planned(0).Entry + new Vector3(0, 0, 10);

    [Fact]
    public void A_guided_pin_docked_10_mm_off_the_plan_shows_the_cross_the_value_and_the_feedback_before_the_next_step()
    {
        var t = Table(Mode.Guided);
        Preamble(t);

        var verdict = t.DockPin(TenMillimetresOff(t))!;

        Assert.Equal(Outcome.Accepted, verdict.Outcome);
        var message = t.Feedback!;
        Assert.Equal(("✗ OFF TARGET", FeedbackTone.Problem), (message.Badge, message.Tone));
        var check = Assert.Single(message.Lines, l => l.Text.StartsWith("✗ entry_offset_mm", StringComparison.Ordinal));
        var value = double.Parse(Regex.Match(check.Text, @"^✗ entry_offset_mm (\d+(\.\d)?) mm outside 0–5 mm$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, 9, 11);
        Assert.Equal(FeedbackTone.Problem, check.Tone);
        Assert.Contains(message.Lines, l => l.Text == DockAdvice);
        Assert.Contains(message.Lines, l => l.Text == "↺ Redo: withdraw and re-dock the pin (press W)" && l.Tone == FeedbackTone.Good);
        Assert.Equal("Dock the guide pin on the ilium: done", message.Lines[0].Text);

        // Before the next step: the check is still to come, and the log line carries the same words.
        Assert.Equal("pin-lateral-check", t.Session.NextRequired!.Step.Id);
        Assert.Contains(check.Text, verdict.Message);
        Assert.Contains(DockAdvice, verdict.Message);
    }

    [Fact]
    public void W_withdraws_the_pin_and_the_next_dock_is_logged_as_a_redo_whose_position_counts()
    {
        var t = Table(Mode.Guided);
        var logged = new List<EventVerdict>();
        t.Recorded += logged.Add;
        Preamble(t);
        t.DockPin(TenMillimetresOff(t));

        var notice = t.Withdraw();

        Assert.Equal("↺ PIN WITHDRAWN", notice.Badge);
        Assert.Equal("Dock it again (tool 4 Guide pin: click the bone where it should enter, or Enter at the +).", notice.Lines[0].Text);
        Assert.Equal(SlotStage.None, t.Visuals.Slots[0].Stage);
        Assert.Null(t.Drill());
        Assert.StartsWith("⊘ PIN WITHDRAWN", t.Feedback!.Badge);

        var redo = t.DockPin(t.Planned(0).Entry)!;

        Assert.Equal(Outcome.Redone, redo.Outcome);
        Assert.True(redo.Event.Redo);
        Assert.Equal(logged[^1], redo);
        Assert.Equal("↺ REDONE", t.Feedback!.Badge);
        Assert.Contains(t.Feedback.Lines, l => l.Text.StartsWith("✓ entry_offset_mm", StringComparison.Ordinal));
        Assert.Equal(1, t.Session.Counts["pin-docking"]);
        Assert.Equal(SlotStage.PinDocked, t.Visuals.Slots[0].Stage);
        Assert.Null(t.Withdrawn);

        var result = t.Session.Finish();
        var entry = Assert.Single(result.Technique, e => e.Step == "pin-docking");
        Assert.True(entry.Within);
        Assert.Contains(result.Deductions, d => d.Reason.StartsWith("\"Dock the guide pin on the ilium\" #1 redone at", StringComparison.Ordinal));
    }

    [Fact]
    public void An_advanced_pin_is_pulled_back_to_be_re_aimed_until_the_drill_goes_over_it()
    {
        var t = Table(Mode.Guided);
        Preamble(t);
        t.DockPin(t.Planned(0).Entry);
        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        t.AimOffsetDeg = new Vector2(12, 0);
        Assert.Equal("pin-advance", t.AdvancePin()!.Event.Do);

        Assert.Equal("↺ PIN WITHDRAWN", t.Withdraw().Badge);
        Assert.Equal(SlotStage.PinDocked, t.Visuals.Slots[0].Stage);
        t.AimOffsetDeg = Vector2.Zero;
        var redo = t.AdvancePin()!;
        Assert.Equal((Outcome.Redone, "pin-advance"), (redo.Outcome, redo.Event.Do));

        t.Confirm();
        t.Drill();
        Assert.Equal("⊘ NOTHING TO WITHDRAW", t.Withdraw().Badge);
    }

    [Fact]
    public void Assessment_mode_only_says_recorded_while_the_log_keeps_the_verdict()
    {
        var t = Table(Mode.Assessment);
        Preamble(t);

        var verdict = t.DockPin(TenMillimetresOff(t))!;

        Assert.True(t.Feedback!.Silent);
        Assert.Equal(new[] { $"Dock the guide pin on the ilium at {verdict.Event.At:0} s" }, t.Feedback.Lines.Select(l => l.Text));
        Assert.Contains("✗ entry_offset_mm", verdict.Message);
        Assert.Contains(DockAdvice, verdict.Message);
    }

    [Fact]
    public void A_lateral_shot_before_the_c_arm_is_set_up_is_refused_with_what_to_do_and_is_not_a_shot()
    {
        var t = Table(Mode.Guided);
        t.Confirm();

        var verdict = t.TakeShot()!;

        Assert.Equal((Outcome.Refused, "lateral-view"), (verdict.Outcome, verdict.Event.Do));
        Assert.Equal("Not yet: do \"Set up the C-arm\" first (press C).", verdict.Headline);
        Assert.Equal(0, t.Shots);
        Assert.Equal("⊘ REFUSED", t.Feedback!.Badge);
        Assert.Contains(t.Feedback.Lines, l => l.Text == "Nothing was done — try again.");
    }

    [Fact]
    public void A_misused_implant_tool_says_which_tool_or_key_the_step_due_needs()
    {
        var t = Table(Mode.Guided);
        Preamble(t);
        t.DockPin(t.Planned(0).Entry);
        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        t.AdvancePin();
        t.Confirm();
        t.Drill();
        Shot(t, "outlet");

        var early = t.PlaceImplant()!;
        Assert.Equal(Outcome.Refused, early.Outcome);
        Assert.Equal(
            "Not yet: do \"Broach the drilled path\" first (tool 7 Broach: click or Enter). Broach the path first; the implant is triangular and needs a shaped channel.",
            early.Headline);

        t.Broach();
        Shot(t, "outlet");
        t.Gauge();
        Assert.Equal(Outcome.Accepted, t.PlaceImplant()!.Outcome);
        var again = t.PlaceImplant()!;
        Assert.Equal(Outcome.Refused, again.Outcome);
        Assert.StartsWith("Not now: next is \"Remove the guide pin\" (tool 8 Implant: press R).", again.Headline);
    }
}
