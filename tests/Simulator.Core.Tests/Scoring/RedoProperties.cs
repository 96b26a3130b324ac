using FsCheck.Xunit;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

/// <summary>The redo rule on random scenarios and attempts: the last attempt counts for technique, each redo is a repeat for economy.</summary>
[Properties(MaxTest = 300)]
public class RedoProperties
{
    /// <summary>A random attempt with a redo of one of its pin steps inserted straight after it, or null if it has none.</summary>
    private static (Scenario Scenario, List<AttemptEvent> Events, int Index, AttemptEvent Redo)? WithRedo(int seed, int pick, bool sameValues)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Attempt(scenario, rng);
        var pins = events.Select((e, i) => (e, i)).Where(x => scenario.FindStep(x.e.Do) is { } s && RedoRule.Redoable(s)).Select(x => x.i).ToList();
        if (pins.Count == 0)
        {
            return null;
        }

        var index = pins[Math.Abs(pick % pins.Count)];
        var original = events[index];
        var with = sameValues
            ? original.With
            : scenario.FindStep(original.Do)!.Targets.ToDictionary(t => t.Name, t => Measurement.Of(t.Min - 5 + rng.NextDouble() * (t.Width + 10)));
        return (scenario, events, index, original with { With = with, Redo = true });
    }

    private static List<AttemptEvent> Inserted(List<AttemptEvent> events, int index, AttemptEvent redo)
    {
        var list = events.ToList();
        list.Insert(index + 1, redo);
        return list;
    }

    /// <summary>A redo that changes nothing is wasted motion: removing it never lowers the score.</summary>
    [Property]
    public bool RemovingARedoWithTheSameMeasurementsNeverLowersTheScore(int seed, int pick)
    {
        if (WithRedo(seed, pick, sameValues: true) is not { } c)
        {
            return true;
        }

        var with = Scorer.Score(c.Scenario, Inserted(c.Events, c.Index, c.Redo), Mode.Assessment);
        var without = Scorer.Score(c.Scenario, c.Events, Mode.Assessment);
        return without.Total >= with.Total
            && with.Recorded[c.Index + 1].Outcome == Outcome.Redone
            && with.Order.Performed.SequenceEqual(without.Order.Performed);
    }

    /// <summary>A redo scores as if its measurements had been the first attempt's, less the economy of one repeat.</summary>
    [Property]
    public bool ARedoCountsLikeDoingItThatWayFirstLessEconomy(int seed, int pick)
    {
        if (WithRedo(seed, pick, sameValues: false) is not { } c)
        {
            return true;
        }

        var redone = Scorer.Score(c.Scenario, Inserted(c.Events, c.Index, c.Redo), Mode.Assessment);
        var direct = c.Events.ToList();
        direct[c.Index] = c.Events[c.Index] with { With = c.Redo.With };
        var first = Scorer.Score(c.Scenario, direct, Mode.Assessment);
        var (a, b) = (redone.Components, first.Components);
        return a.Sequence == b.Sequence
            && a.Precedence == b.Precedence
            && a.Completeness == b.Completeness
            && Math.Abs(a.Technique - b.Technique) < 1e-12
            && a.Economy <= b.Economy
            && redone.Total <= first.Total
            && redone.CriticalErrors.Select(e => (e.Id, e.Kind)).SequenceEqual(first.CriticalErrors.Select(e => (e.Id, e.Kind)))
            && Math.Abs(redone.Deductions.Sum(d => d.Points) - (100 - redone.Total)) <= 0.0051;
    }

    /// <summary>A redo in the model attempt with the same values costs exactly one repeat of economy and nothing else.</summary>
    [Property]
    public bool ARedoInTheModelAttemptCostsAtMostOneRepeatOfEconomy(int seed, int pick)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Perfect(scenario, rng);
        var pins = events.Select((e, i) => (e, i)).Where(x => RedoRule.Redoable(scenario.FindStep(x.e.Do)!)).Select(x => x.i).ToList();
        if (pins.Count == 0)
        {
            return true;
        }

        var index = pins[Math.Abs(pick % pins.Count)];
        var r = Scorer.Score(scenario, Inserted(events, index, events[index] with { Redo = true }), Mode.Guided);
        var waste = 1.0 / Math.Max(1, r.Order.Reference.Count);
        return r.Components.Technique == 1
            && r.Components.Sequence == 1
            && Math.Abs(r.Components.Economy - (1 - waste)) < 1e-12
            && r.Total < 100;
    }
}
