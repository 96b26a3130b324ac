using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scoring;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Engine;

public class SessionTests
{
    [Fact]
    public void GuidedModeRefusesAnUnmetPreconditionNamingTheMissingStepAndItsRationale()
    {
        var session = new Session(SiJoint(), Mode.Guided);
        session.Submit(AttemptEvent.Of("prep", 1));
        session.Submit(AttemptEvent.Of("incision", 2));

        var verdict = session.Submit(AttemptEvent.Of("implant", 3, ("angle", 15)));

        Assert.Equal(Outcome.Refused, verdict.Outcome);
        Assert.False(verdict.Performed);
        Assert.Equal("Not yet: do \"Step pin\" first.", verdict.Message);
        Assert.Equal("Why pin", verdict.Rationale);
        Assert.Equal(0, session.Counts.GetValueOrDefault("implant"));
        Assert.Equal(3, session.Recorded.Count);
        Assert.Equal("pin", session.Expected!.Step.Id);
        Assert.DoesNotContain("implant", session.Finish().Order.Performed);
    }

    [Fact]
    public void AssessmentModeRecordsAPreconditionViolationAsACriticalError()
    {
        var session = new Session(SiJoint(), Mode.Assessment);
        session.Submit(AttemptEvent.Of("prep", 1));
        session.Submit(AttemptEvent.Of("incision", 2));

        var verdict = session.Submit(AttemptEvent.Of("implant", 3, ("angle", 15)));

        Assert.Equal(Outcome.PreconditionViolated, verdict.Outcome);
        Assert.True(verdict.Performed);
        Assert.Equal(1, session.Counts["implant"]);
        var result = session.Finish();
        var error = Assert.Single(result.CriticalErrors, c => c.Kind == CriticalErrorKinds.Precondition);
        Assert.Equal(("implant", CriticalErrorKinds.Precondition, (double?)3), (error.Id, error.Kind, error.AtSeconds));
        Assert.False(result.Passed);
    }

    [Fact]
    public void StepAfterARepeatedGroupNeedsEveryIteration()
    {
        var scenario = SiJoint();
        var session = new Session(scenario, Mode.Assessment);
        var perfect = Perfect(scenario);
        var lastImplant = perfect.FindLastIndex(e => e.Do == "implant");
        foreach (var e in perfect.Take(lastImplant))
        {
            Assert.Equal(Outcome.Accepted, session.Submit(e).Outcome);
        }

        var verdict = session.Submit(AttemptEvent.Of("irrigate", 500));

        Assert.Equal(Outcome.PreconditionViolated, verdict.Outcome);
        Assert.Equal("Precondition violated: \"Step irrigate\" needs \"Step implant\" first (2 of 3 done)", verdict.Message);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(2, 3, 3, 2)]
    [InlineData(1, 3, 1, 3)]
    [InlineData(5, 3, 3, 3)]
    [InlineData(1, 2, 4, 1)]
    [InlineData(3, 2, 4, 2)]
    public void ProportionalRule(int occurrence, int expectedRequired, int expectedStep, int needed)
    {
        Assert.Equal(needed, Preconditions.Needed(occurrence, expectedRequired, expectedStep));
    }

    [Fact]
    public void ExpectedHintPhaseIterationAndProgressFollowTheThreeTimesGroup()
    {
        var scenario = SiJoint();
        var session = new Session(scenario, Mode.Guided);
        var seen = new List<(string, int, int?, string)>();
        foreach (var e in Perfect(scenario, _ => true))
        {
            var expected = session.Expected!;
            Assert.Equal(e.Do, expected.Step.Id);
            Assert.Equal("Do " + e.Do, expected.Hint);
            Assert.Equal("Why " + e.Do, expected.Why);
            seen.Add((expected.Step.Id, expected.Occurrence, expected.GroupIteration, expected.Phase));
            Assert.Equal(Outcome.Accepted, session.Submit(e).Outcome);
        }

        Assert.Equal(
            new (string, int, int?, string)[]
            {
                ("prep", 1, null, "setup"), ("incision", 1, null, "approach"),
                ("pin", 1, 1, "Group implant-cycle"), ("drill", 1, 1, "Group implant-cycle"), ("implant", 1, 1, "Group implant-cycle"),
                ("pin", 2, 2, "Group implant-cycle"), ("drill", 2, 2, "Group implant-cycle"), ("implant", 2, 2, "Group implant-cycle"),
                ("pin", 3, 3, "Group implant-cycle"), ("drill", 3, 3, "Group implant-cycle"), ("implant", 3, 3, "Group implant-cycle"),
                ("fluoro", 1, null, "check"), ("irrigate", 1, null, "closure"), ("close", 1, null, "closure"),
            },
            seen);
        Assert.Null(session.Expected);
        Assert.Equal(new Progress(13, 13), session.Progress);
        Assert.Equal(140, session.ElapsedSeconds);
    }

    [Fact]
    public void OptionalExpectedStepIsFlaggedAndMaySkip()
    {
        var scenario = SiJoint();
        var session = new Session(scenario, Mode.Guided);
        foreach (var e in Perfect(scenario).TakeWhile(e => e.Do != "irrigate"))
        {
            session.Submit(e);
        }

        Assert.Equal(("fluoro", true), (session.Expected!.Step.Id, session.Expected.Optional));
        Assert.Equal(new Progress(11, 13), session.Progress);
        Assert.Equal(Outcome.Accepted, session.Submit(AttemptEvent.Of("irrigate", 200)).Outcome);
    }

    [Fact]
    public void ClassifiesOutOfOrderRepeatedAndDistractorEvents()
    {
        var session = new Session(SiJoint(), Mode.Assessment);

        var early = session.Submit(AttemptEvent.Of("incision", 1));
        session.Submit(AttemptEvent.Of("prep", 2));
        var again = session.Submit(AttemptEvent.Of("prep", 3));
        var shot = session.Submit(AttemptEvent.Of("extra-shot", 4));

        Assert.Equal((Outcome.OutOfOrder, "Why prep"), (early.Outcome, early.Rationale));
        Assert.Equal("Step incision: done before \"Step prep\", which was due first", early.Message);
        Assert.Equal(Outcome.Repeated, again.Outcome);
        Assert.Equal(Outcome.Distractor, shot.Outcome);
        Assert.Contains("Harm from extra-shot", shot.Message);
    }

    [Fact]
    public void UnknownIdThrows()
    {
        var session = new Session(SiJoint(), Mode.Guided);

        Assert.Throws<ArgumentException>(() => session.Submit(AttemptEvent.Of("implant-cycle", 1)));
        Assert.Empty(session.Recorded);
    }

    [Theory]
    [InlineData(Mode.Guided)]
    [InlineData(Mode.Assessment)]
    public void LiveFinishEqualsScoringTheSameEvents(Mode mode)
    {
        var scenario = SiJoint();
        var events = new[]
        {
            AttemptEvent.Of("prep", 5),
            AttemptEvent.Of("implant", 9, ("angle", 30)),
            AttemptEvent.Of("incision", 12),
            AttemptEvent.Of("pin", 20, ("depth", 52)),
            AttemptEvent.Of("freehand-drill", 22),
            AttemptEvent.Of("drill", 30),
            AttemptEvent.Of("implant", 40, ("angle", 15)),
            AttemptEvent.Of("irrigate", 50),
            AttemptEvent.Of("close", 60),
        };
        var session = new Session(scenario, mode);
        foreach (var e in events)
        {
            session.Submit(e);
        }

        var live = session.Finish();
        var file = Scorer.Score(scenario, events, mode);

        Assert.Equal(ScoreJson.Serialize(file), ScoreJson.Serialize(live));
        Assert.Equal(file.Recorded.Select(v => v.Outcome), live.Recorded.Select(v => v.Outcome));
        Assert.Equal(mode == Mode.Guided ? 7 : 9, live.Order.Performed.Count);
    }
}

public class PassedOverOptionalStepTests
{
    [Fact]
    public void An_optional_step_passed_over_is_no_longer_the_next_step_but_can_still_be_done()
    {
        var scenario = Simulator.Core.Scenarios.ScenarioLoader.LoadText(
            "id: d\ntitle: T\nsteps:\n  - {id: a, phase: prep}\n  - {id: monitor, optional: true, phase: prep}\n  - {id: b, phase: approach}\n  - {id: c, phase: approach}\n").ValueOrThrow();
        var session = new Session(scenario, Mode.Guided);
        session.Submit(AttemptEvent.Of("a", 1));
        Assert.Equal("monitor", session.Expected!.Step.Id);
        session.Submit(AttemptEvent.Of("b", 2));
        Assert.Equal("c", session.Expected!.Step.Id);
        Assert.Equal("approach", session.Phase);
        Assert.True(session.Submit(AttemptEvent.Of("monitor", 3)).Performed, "an optional step passed over can still be done");
    }
}
