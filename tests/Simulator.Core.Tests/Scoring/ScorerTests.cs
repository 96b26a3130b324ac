using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Scoring;

public class ScorerTests
{
    [Fact]
    public void PerfectAttemptScoresExactly100WithAndWithoutOptionalSteps()
    {
        var scenario = SiJoint();
        foreach (var withOptional in new[] { false, true })
        {
            foreach (var mode in new[] { Mode.Assessment, Mode.Guided })
            {
                var r = Scorer.Score(scenario, Perfect(scenario, _ => withOptional), mode);

                Assert.Equal(100, r.Total);
                Assert.True(r.Passed);
                Assert.Empty(r.Deductions);
                Assert.Equal(withOptional ? 14 : 13, r.Order.Reference.Count);
            }
        }
    }

    [Fact]
    public void AnEmptyAttemptScoresZeroEvenWhereNothingIsRequired()
    {
        var r = Scorer.Score(Make(new StepNode[] { S("a", optional: true) }), Array.Empty<AttemptEvent>(), Mode.Assessment);

        Assert.Equal(0, r.Total);
        Assert.False(r.Passed);
        Assert.Equal(1, r.Order.Similarity);
        Assert.Equal(0, r.TimeTotalSeconds);
        Assert.All(r.Deductions, d => Assert.Equal("no step of the procedure was performed", d.Reason));
        Assert.Equal(100, r.Deductions.Sum(d => d.Points), 9);
    }

    [Fact]
    public void CriticalDistractorFailsAnAttemptAboveThePassMark()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario);
        events.Insert(3, AttemptEvent.Of("freehand-drill", 25));

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.True(r.Total >= scenario.PassMark);
        Assert.False(r.Passed);
        var error = Assert.Single(r.CriticalErrors);
        Assert.Equal(("freehand-drill", CriticalErrorKinds.CriticalDistractor, (double?)25), (error.Id, error.Kind, error.AtSeconds));
        Assert.Contains(r.Deductions, d => d.Component == DeductionComponents.Critical && d.Points == 0 && d.Reason == error.Reason);
    }

    [Fact]
    public void OmittedCriticalStepFailsAndIsListedWithCounts()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario).Where(e => e.Do != "close").ToList();

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.False(r.Passed);
        Assert.Equal(new[] { new StepCount("close", "Step close", 1, 0) }, r.Omitted);
        var error = Assert.Single(r.CriticalErrors);
        Assert.Equal(("close", CriticalErrorKinds.CriticalStepOmitted, (double?)null), (error.Id, error.Kind, error.AtSeconds));
    }

    [Fact]
    public void PartlyDoneGroupIsOmittedWithCountsAndOptionalStepsNeverAre()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario);
        var lastImplant = events.FindLastIndex(e => e.Do == "implant");
        events.RemoveAt(lastImplant);
        events.RemoveAll(e => e.Do == "irrigate");

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.Equal(
            new[] { new StepCount("implant", "Step implant", 3, 2), new StepCount("irrigate", "Step irrigate", 1, 0) },
            r.Omitted);
        Assert.DoesNotContain(r.Omitted, o => o.Id == "fluoro");
        Assert.Equal(1 - 2.0 / 13, r.Components.Completeness, 12);
    }

    [Fact]
    public void RepeatsAreListedAndCostEconomy()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario);
        events.Insert(1, AttemptEvent.Of("prep", 15));
        events.Insert(1, AttemptEvent.Of("prep", 12));

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.Equal(new[] { new StepCount("prep", "Step prep", 1, 3) }, r.Repeated);
        Assert.Equal(1 - 2.0 / 13, r.Components.Economy, 12);
        var economy = Assert.Single(r.Deductions, d => d.Component == DeductionComponents.Economy);
        Assert.Equal(100.0 * 10 * (2.0 / 13) / 100, economy.Points, 12);
    }

    [Fact]
    public void MissingMeasurementIsNullNotWithinAndEarnsNoCredit()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario);
        var firstPin = events.FindIndex(e => e.Do == "pin");
        events[firstPin] = AttemptEvent.Of("pin", events[firstPin].At);

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        var entry = r.Technique.First(t => t.Step == "pin");
        Assert.Equal((1, (double?)null, false, 0.0, 0.0), (entry.Occurrence, entry.Value, entry.Within, entry.By, entry.Credit));
        Assert.Equal(5.0 / 6, r.Components.Technique, 12);
    }

    [Theory]
    [InlineData(45, 40, 50, 1.0)]
    [InlineData(40, 40, 50, 1.0)]
    [InlineData(52, 40, 50, 0.4)]
    [InlineData(35, 40, 50, 0.25)]
    [InlineData(70, 40, 50, 0.0)]
    [InlineData(10.5, 10, 10, 0.25)]
    [InlineData(12, 10, 10, 0.0)]
    public void TechniqueCredit(double value, double min, double max, double expected)
    {
        Assert.Equal(expected, VerdictScorer.Credit(value, min, max), 12);
    }

    [Theory]
    [InlineData(45, 1.0)]
    [InlineData(50.01, 0.0)]
    [InlineData(39, 0.0)]
    public void ACriticalTargetEarnsNothingOutsideItsRange(double value, double expected)
    {
        Assert.Equal(expected, VerdictScorer.Credit(value, 40, 50, critical: true), 12);
    }

    [Theory]
    [InlineData(40, 50, "mm", "40–50 mm")]
    [InlineData(5, double.PositiveInfinity, "mm", "≥ 5 mm")]
    [InlineData(double.NegativeInfinity, 10, "deg", "≤ 10 deg")]
    [InlineData(0, 1.5, "", "0–1.5")]
    public void RangesReadAsPeopleWriteThem(double min, double max, string unit, string expected)
    {
        Assert.Equal(expected, new Target("m", min, max, unit).RangeText);
    }

    [Fact]
    public void ACriticalTargetOutsideItsRangeFailsAnOtherwisePerfectAttemptAndNamesTheStep()
    {
        var pin = S("pin", targets: new[] { new Target("foramen_clearance_mm", 5, 30, "mm", Critical: true) });
        var scenario = Make(new StepNode[] { S("a"), G("cycle", 3, pin) });
        var events = new List<AttemptEvent> { AttemptEvent.Of("a", 1) };
        events.AddRange(new[] { 12.0, 9, 3.7 }.Select((v, i) => AttemptEvent.Of("pin", 10 * (i + 1), ("foramen_clearance_mm", v))));

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        var error = Assert.Single(r.CriticalErrors);
        Assert.Equal(("pin", CriticalErrorKinds.CriticalTarget, "Step pin #3: foramen_clearance_mm 3.7 mm outside 5–30 mm", (double?)30), (error.Id, error.Kind, error.Reason, error.AtSeconds));
        Assert.False(r.Passed);
        Assert.Equal(0, r.Technique[2].Credit);
        Assert.Equal(2.0 / 3, r.Components.Technique, 12);
        Assert.Contains(r.Deductions, d => d.Component == DeductionComponents.Critical && d.Reason == error.Reason);
    }

    [Fact]
    public void PrecedenceCountsFirstOccurrencesOverTheClosure()
    {
        // a -> b -> c by default chain; performing c, b, a reverses all three closure pairs.
        var scenario = Make(new StepNode[] { S("a"), S("b"), S("c") });
        var events = new[] { AttemptEvent.Of("c", 1), AttemptEvent.Of("b", 2), AttemptEvent.Of("a", 3) };

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.Equal(3, r.Order.PrecedenceViolations);
        Assert.Equal(3, r.Order.ComparablePairs);
        Assert.Equal(0, r.Order.Adherence);
        Assert.Equal(2, r.Order.EditDistance);
    }

    [Fact]
    public void SubstitutionDeductionNamesPerformedAndExpectedSteps()
    {
        var scenario = Make(new StepNode[] { S("a"), S("b"), S("c") }, new[] { D("x") });
        var events = new[] { AttemptEvent.Of("a", 1), AttemptEvent.Of("x", 2), AttemptEvent.Of("c", 3) };

        var r = Scorer.Score(scenario, events, Mode.Assessment);

        var seq = Assert.Single(r.Deductions, d => d.Component == DeductionComponents.Sequence);
        Assert.Equal(("\"Distractor x\" performed where \"Step b\" was expected", "b", "Why b"), (seq.Reason, seq.Step, seq.Rationale));
        Assert.Equal(25.0 / 3, seq.Points, 10);
    }

    [Fact]
    public void GuidedRefusalsAreLeftOutOfThePerformedSequence()
    {
        var scenario = SiJoint();
        var events = Perfect(scenario);
        events.Insert(2, AttemptEvent.Of("implant", 21, ("angle", 15)));

        var guided = Scorer.Score(scenario, events, Mode.Guided);
        var assessed = Scorer.Score(scenario, events, Mode.Assessment);

        Assert.Equal(100, guided.Total);
        Assert.True(guided.Passed);
        Assert.Equal(Outcome.Refused, guided.Recorded[2].Outcome);
        Assert.Equal(events.Count - 1, guided.Order.Performed.Count);
        Assert.False(assessed.Passed);
        // The premature implant counts as implant #1 in assessment, so every later implant is one pin short too.
        Assert.Equal(new double?[] { 21, 50, 80 }, assessed.CriticalErrors.Select(c => c.AtSeconds));
        Assert.All(assessed.CriticalErrors, c => Assert.Equal(CriticalErrorKinds.Precondition, c.Kind));
        Assert.Equal(events.Count, assessed.Order.Performed.Count);
    }

    [Fact]
    public void UnknownIdIsRejected()
    {
        Assert.Throws<ArgumentException>(() =>
            Scorer.Score(SiJoint(), new[] { AttemptEvent.Of("nonsense", 1) }, Mode.Assessment));
    }
}

public class RedundantShotTests
{
    private const string Yaml = """
        id: shots
        title: Shots
        steps:
          - {id: dock, action: pin-dock}
          - {id: lateral, action: imaging, view: lateral, repeat: 2}
          - {id: outlet, action: imaging, view: outlet}
          - {id: drill, action: drill}
          - {id: check, action: imaging, view: outlet}
        distractors:
          - {id: extra-shot, action: imaging}
        """;

    private static ScoreResult Score(params string[] ids) => Scorer.Score(
        ScenarioLoader.LoadText(Yaml).ValueOrThrow(),
        ids.Select((id, i) => AttemptEvent.Of(id, 10 * (i + 1))).ToList(),
        Mode.Assessment);

    [Fact]
    public void The_checks_the_scenario_asks_for_are_never_redundant()
    {
        // The scenario itself asks for two laterals in a row, and an outlet check after drilling.
        var r = Score("dock", "lateral", "lateral", "outlet", "drill", "check");
        Assert.Equal(0, r.Order.RedundantShots);
        Assert.Equal(100, r.Total);
    }

    [Fact]
    public void The_same_view_again_with_nothing_done_in_between_is_reported_but_a_check_the_scenario_asks_for_costs_no_economy()
    {
        // The post-drill outlet check taken straight after the pre-drill outlet, before drilling: the same image twice.
        var r = Score("dock", "lateral", "lateral", "outlet", "check", "drill");
        Assert.Equal(1, r.Order.RedundantShots);
        Assert.Equal(1, r.Components.Economy, 9);
        Assert.DoesNotContain(r.Deductions, d => d.Component == "economy");
    }
}

public class OneSidedTargetTests
{
    [Theory]
    [InlineData(6.0, false, 1.0)]
    [InlineData(2.5, false, 0.25)]
    [InlineData(-1.0, false, 0.0)]
    [InlineData(4.9, true, 0.0)]
    public void A_one_sided_target_falls_off_over_the_size_of_its_bound(double value, bool critical, double credit) =>
        Assert.Equal(credit, VerdictScorer.Credit(value, 5, double.PositiveInfinity, critical), 9);
}
