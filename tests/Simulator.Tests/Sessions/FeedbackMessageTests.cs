using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Sessions;

public class FeedbackMessageTests
{
    private static readonly Scenario Pin = ScenarioLoader.LoadText("""
        id: pin
        title: Pin
        steps:
          - {id: prep, name: Prepare, action: check, rationale: Set up first.}
          - id: advance
            name: Advance the pin
            action: pin-advance
            rationale: The pin sets the path.
            targets:
              depth_mm: {min: 45, max: 65, unit: mm}
              foramen_clearance_mm: {min: 5, unit: mm, critical: true}
        """).ValueOrThrow();

    private static FeedbackMessage After(Mode mode, params AttemptEvent[] events)
    {
        var session = new Session(Pin, mode);
        EventVerdict? last = null;
        foreach (var e in events)
        {
            last = session.Submit(e);
        }

        return FeedbackMessage.For(last!, session);
    }

    [Fact]
    public void A_critical_target_missed_is_red_in_the_badge_and_the_line()
    {
        var m = After(Mode.Guided, AttemptEvent.Of("prep", 1), AttemptEvent.Of("advance", 2, ("depth_mm", 55), ("foramen_clearance_mm", 3.7)));

        Assert.Equal(("✗ SAFETY LIMIT", FeedbackTone.Critical), (m.Badge, m.Tone));
        Assert.Equal(
            new[]
            {
                ("Advance the pin: done", FeedbackTone.Neutral),
                ("✓ depth_mm 55 mm (target 45–65 mm)", FeedbackTone.Good),
                ("✗ foramen_clearance_mm 3.7 mm below the minimum 5 mm (safety limit)", FeedbackTone.Critical),
                ("↺ Redo: withdraw the pin and re-aim before advancing", FeedbackTone.Good),
            },
            m.Lines.Select(l => (l.Text, l.Tone)));
    }

    [Theory]
    [InlineData(55, 10, "✓ OK", FeedbackTone.Good)]
    [InlineData(46, 10, "⚠ NEAR THE LIMIT", FeedbackTone.Warning)]
    [InlineData(80, 10, "✗ OFF TARGET", FeedbackTone.Problem)]
    public void The_badge_says_the_worst_measurement(double depth, double clearance, string badge, FeedbackTone tone)
    {
        var m = After(Mode.Guided, AttemptEvent.Of("prep", 1), AttemptEvent.Of("advance", 2, ("depth_mm", depth), ("foramen_clearance_mm", clearance)));
        Assert.Equal((badge, tone), (m.Badge, m.Tone));
    }

    [Fact]
    public void An_out_of_order_step_keeps_its_outcome_badge_and_says_why_it_matters()
    {
        var m = After(Mode.Guided, AttemptEvent.Of("advance", 2, ("depth_mm", 55), ("foramen_clearance_mm", 10)));

        Assert.Equal(("↕ OUT OF ORDER", FeedbackTone.Warning), (m.Badge, m.Tone));
        Assert.Equal("Advance the pin: done before \"Prepare\", which was due first", m.Lines[0].Text);
        Assert.Contains(m.Lines, l => l.Text == "Why it matters: Set up first.");
    }

    [Fact]
    public void Assessment_mode_is_silent_but_names_the_step()
    {
        var m = After(Mode.Assessment, AttemptEvent.Of("prep", 1), AttemptEvent.Of("advance", 2, ("depth_mm", 80), ("foramen_clearance_mm", 1)));

        Assert.True(m.Silent);
        Assert.Equal("● RECORDED\nAdvance the pin at 2 s", m.Text);
    }
}
