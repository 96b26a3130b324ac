using System.Globalization;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>
/// The scoring itself (see docs/scoring.md): from the events a session has classified to the components, deductions,
/// critical errors and total. It knows nothing of sessions; <see cref="Scorer"/> and <see cref="Session.Finish"/> call it.
/// </summary>
public static class VerdictScorer
{
    /// <summary>Scores events already classified by a session; refused events are left out of the performed sequence.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="recorded">Events with verdicts, in order.</param>
    /// <param name="mode">The mode the events were recorded in (kept for symmetry; verdicts already reflect it).</param>
    public static ScoreResult Score(Scenario scenario, IReadOnlyList<EventVerdict> recorded, Mode mode)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recorded);
        _ = mode;
        if (scenario.Weights.Sum <= 0)
        {
            throw new ArgumentException($"scenario '{scenario.Id}': weights must add up to more than 0", nameof(scenario));
        }

        // A redo is not a new occurrence: it stays out of the sequence and the counts, and its measurements replace the redone one's.
        var performedEvents = recorded.Where(v => v.Performed && v.Outcome != Outcome.Redone).Select(v => v.Event).ToList();
        var redos = recorded.Where(v => v.Outcome == Outcome.Redone).ToList();
        var counts = new Dictionary<string, int>();
        foreach (var e in performedEvents)
        {
            counts[e.Do] = counts.GetValueOrDefault(e.Do) + 1;
        }

        var performed = performedEvents.Select(e => e.Do).ToList();
        var coverage = new Coverage(scenario, counts);
        var reference = coverage.Reference;

        var alignment = EditDistance.Align(performed, reference);
        var distance = alignment.Sum(op => op.Cost);
        var longest = Math.Max(performed.Count, reference.Count);
        var similarity = longest == 0 ? 1.0 : 1.0 - (double)distance / longest;

        var violated = ViolatedPairs(scenario, performed, counts, out var comparable);
        var adherence = comparable == 0 ? 1.0 : 1.0 - (double)violated.Count / comparable;

        var omitted = scenario.Steps
            .Where(s => !s.Optional && counts.GetValueOrDefault(s.Id) < s.ExpectedCount)
            .Select(s => new StepCount(s.Id, s.Name, s.ExpectedCount, counts.GetValueOrDefault(s.Id)))
            .ToList();
        var repeated = scenario.Steps
            .Where(s => counts.GetValueOrDefault(s.Id) > s.ExpectedCount)
            .Select(s => new StepCount(s.Id, s.Name, s.ExpectedCount, counts.GetValueOrDefault(s.Id)))
            .ToList();
        var extras = performedEvents
            .Select(e => (Event: e, Distractor: scenario.FindDistractor(e.Do)))
            .Where(x => x.Distractor is not null)
            .Select(x => new ExtraAction(x.Distractor!.Id, x.Distractor.Name, x.Distractor.Consequence, x.Distractor.Critical, x.Event.At))
            .ToList();
        var technique = TechniqueScoring.Entries(scenario, LastAttempts(recorded));
        var critical = CriticalErrors(scenario, recorded, counts);
        critical.AddRange(TechniqueScoring.CriticalErrors(scenario, technique));

        var shots = performedEvents.Count(e => scenario.FindStep(e.Do)?.Action == StepActions.Imaging
            || scenario.FindDistractor(e.Do)?.Action == StepActions.Imaging);
        var overCap = scenario.MaxShots is { } cap ? Math.Max(0, shots - cap) : 0;
        var redundant = RedundantShots(scenario, recorded);
        var expectedRequired = scenario.Steps.Where(s => !s.Optional).Sum(s => s.ExpectedCount);
        var missing = omitted.Sum(o => o.Expected - o.Performed);
        var waste = extras.Count + repeated.Sum(r => r.Performed - r.Expected) + overCap + redos.Count;
        var components = new ComponentScores(
            Sequence: SequenceComponent(distance, reference.Count),
            Precedence: adherence * coverage.Share,
            Completeness: expectedRequired == 0 ? coverage.Share : 1.0 - (double)missing / expectedRequired,
            Technique: TechniqueScoring.Component(technique, coverage),
            Economy: coverage.Share * EconomyFactor(waste, reference.Count))
        {
            Coverage = coverage.Share,
        };

        var w = scenario.Weights;
        var weighted = w.Sequence * components.Sequence
            + w.Precedence * components.Precedence
            + w.Completeness * components.Completeness
            + w.Technique * components.Technique
            + w.Economy * components.Economy;
        var total = Math.Round(100.0 * weighted / w.Sum, 2, MidpointRounding.AwayFromZero);

        var timings = Timings(performedEvents);
        var order = new OrderScore(
            distance,
            similarity,
            violated.Count,
            comparable,
            adherence,
            performed,
            reference,
            performedEvents.Count == 0 ? 0 : performedEvents[^1].At,
            timings)
        {
            ShotsTaken = shots,
            RedundantShots = redundant,
            Breaches = critical.Count(c => c.Kind == CriticalErrorKinds.Breach),
        };

        var context = new DeductionContext(scenario, components, coverage);
        var deductions = new List<Deduction>();
        deductions.AddRange(context.Sequence(alignment, performed, reference));
        deductions.AddRange(context.Precedence(violated, comparable));
        deductions.AddRange(context.Completeness(omitted));
        deductions.AddRange(context.Technique(technique));
        deductions.AddRange(context.Economy(extras, repeated, redos, overCap, scenario.MaxShots ?? 0, EconomyFactor(waste, reference.Count)));
        deductions.AddRange(critical.Select(c =>
            new Deduction(DeductionComponents.Critical, 0, c.Reason, c.Id, scenario.FindStep(c.Id)?.Rationale ?? "")));

        return new ScoreResult
        {
            Total = total,
            Passed = total >= scenario.PassMark && critical.Count == 0,
            PassMark = scenario.PassMark,
            Order = order,
            Omitted = omitted,
            Repeated = repeated,
            Extras = extras,
            CriticalErrors = critical,
            Technique = technique,
            Deductions = deductions,
            Components = components,
            Timeline = Timeline.Build(scenario, alignment, performed, reference, timings),
            Recorded = recorded.ToList(),
        };
    }

    /// <summary>The sequence component: 1 − edit distance / reference length, at least 0; 0 for an empty reference.</summary>
    /// <remarks>
    /// Not <c>order.similarity</c>, whose max(performed, reference) denominator lets a longer attempt
    /// excuse its own padding: with it, removing a distractor could lower the total. Dividing by the
    /// reference length keeps "removing an error never lowers the score" true for every attempt. An
    /// empty reference means nothing of the procedure was done, which earns nothing.
    /// </remarks>
    public static double SequenceComponent(int editDistance, int referenceCount) =>
        referenceCount == 0 ? 0.0 : Math.Max(0.0, 1.0 - (double)editDistance / referenceCount);

    /// <summary>Technique credit for one entry (see <see cref="TechniqueEntry.Credit"/>).</summary>
    public static double Credit(double? value, double min, double max, bool critical = false) =>
        TechniqueScoring.Credit(value, min, max, critical);

    /// <summary>
    /// Imaging steps that repeat the view of the shot just before them with nothing done in between: radiation with no new
    /// information, counted in <c>order.redundant_shots</c>. They cost nothing of their own: each is a check
    /// the scenario asks for (skipping it would cost completeness), and shots beyond what the scenario asks for are already
    /// charged as extra shots, repeats or shots over <c>max_shots</c>. The scenario's own back-to-back views are not counted.
    /// </summary>
    private static int RedundantShots(Scenario scenario, IReadOnlyList<EventVerdict> recorded)
    {
        // A scenario may itself ask for the same view twice in a row; those occurrences are part of the reference.
        var asked = new HashSet<(string, int)>();
        var seen = new Dictionary<string, int>();
        Step? before = null;
        foreach (var r in scenario.ExpandedReference())
        {
            var k = seen[r.Id] = seen.GetValueOrDefault(r.Id) + 1;
            if (r.Action == StepActions.Imaging && r.View.Length > 0 && before?.Action == StepActions.Imaging && before.View == r.View)
            {
                asked.Add((r.Id, k));
            }

            before = r;
        }

        var redundant = 0;
        var occurrences = new Dictionary<string, int>();
        Step? previous = null;
        foreach (var v in recorded.Where(v => v.Performed))
        {
            if (v.Outcome == Outcome.Redone)
            {
                // A pin placed again: the next shot shows something new.
                previous = null;
                continue;
            }

            var e = v.Event;
            var step = scenario.FindStep(e.Do);
            var imaging = step is { Action: StepActions.Imaging } || scenario.FindDistractor(e.Do)?.Action == StepActions.Imaging;
            if (step is not null)
            {
                var k = occurrences[step.Id] = occurrences.GetValueOrDefault(step.Id) + 1;
                if (imaging && k <= step.ExpectedCount && step.View.Length > 0 && previous is { } p && p.View == step.View && !asked.Contains((step.Id, k)))
                {
                    redundant++;
                }
            }

            previous = imaging ? step ?? previous : null;
        }

        return redundant;
    }

    /// <summary>The performed events in order (redos left out), each redone occurrence carrying its last redo's event instead.</summary>
    /// <remarks>The last attempt's measurements count for technique, and only for the occurrence it redid.</remarks>
    private static List<AttemptEvent> LastAttempts(IReadOnlyList<EventVerdict> recorded)
    {
        var events = new List<AttemptEvent>(recorded.Count);
        // Where each id's occurrences are in events: the k-th at positions[id][k - 1].
        var positions = new Dictionary<string, List<int>>();
        foreach (var v in recorded)
        {
            if (!v.Performed)
            {
                continue;
            }

            if (v.Outcome == Outcome.Redone)
            {
                if (v.Redoes is { } k && positions.TryGetValue(v.Event.Do, out var redone) && k >= 1 && k <= redone.Count)
                {
                    events[redone[k - 1]] = v.Event;
                }

                continue;
            }

            if (!positions.TryGetValue(v.Event.Do, out var occurrences))
            {
                positions[v.Event.Do] = occurrences = new List<int>();
            }

            occurrences.Add(events.Count);
            events.Add(v.Event);
        }

        return events;
    }

    /// <summary>The waste factor of economy: max(0, 1 − waste / max(1, reference length)).</summary>
    private static double EconomyFactor(int waste, int referenceCount) =>
        Math.Max(0.0, 1.0 - (double)waste / Math.Max(1, referenceCount));

    private static List<(string Before, string After)> ViolatedPairs(
        Scenario scenario, List<string> performed, Dictionary<string, int> counts, out int comparable)
    {
        var first = new Dictionary<string, int>();
        for (var i = 0; i < performed.Count; i++)
        {
            first.TryAdd(performed[i], i);
        }

        var violated = new List<(string, string)>();
        comparable = 0;
        foreach (var (a, b) in OrderRelation.Build(scenario.Entries).Pairs())
        {
            if (a == b || counts.GetValueOrDefault(a) == 0 || counts.GetValueOrDefault(b) == 0)
            {
                continue;
            }

            comparable++;
            if (first[b] < first[a])
            {
                violated.Add((a, b));
            }
        }

        return violated;
    }

    private static List<CriticalError> CriticalErrors(
        Scenario scenario, IReadOnlyList<EventVerdict> recorded, Dictionary<string, int> counts)
    {
        var errors = new List<CriticalError>();
        foreach (var v in recorded)
        {
            foreach (var breach in v.Performed ? v.Breaches : Array.Empty<string>())
            {
                errors.Add(new CriticalError(v.Event.Do, CriticalErrorKinds.Breach, breach, v.Event.At));
            }

            if (v.Outcome == Outcome.PreconditionViolated)
            {
                errors.Add(new CriticalError(v.Event.Do, CriticalErrorKinds.Precondition, v.Headline.Length > 0 ? v.Headline : v.Message, v.Event.At));
            }
            else if (v.Performed && scenario.FindDistractor(v.Event.Do) is { Critical: true } d)
            {
                var consequence = d.Consequence.Length > 0 ? $": {d.Consequence}" : "";
                errors.Add(new CriticalError(d.Id, CriticalErrorKinds.CriticalDistractor, $"critical distractor \"{Names.Of(scenario, d.Id)}\" performed{consequence}", v.Event.At));
            }
        }

        foreach (var step in scenario.Steps.Where(s => s.Critical && !s.Optional))
        {
            var done = counts.GetValueOrDefault(step.Id);
            if (done < step.ExpectedCount)
            {
                errors.Add(new CriticalError(
                    step.Id,
                    CriticalErrorKinds.CriticalStepOmitted,
                    $"critical step \"{Names.Of(scenario, step.Id)}\" performed {done} of {step.ExpectedCount} times",
                    null));
            }
        }

        return errors;
    }

    private static List<TimedEvent> Timings(List<AttemptEvent> performedEvents)
    {
        var list = new List<TimedEvent>(performedEvents.Count);
        for (var i = 0; i < performedEvents.Count; i++)
        {
            var at = performedEvents[i].At;
            list.Add(new TimedEvent(performedEvents[i].Do, at, i == 0 ? at : at - performedEvents[i - 1].At));
        }

        return list;
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
