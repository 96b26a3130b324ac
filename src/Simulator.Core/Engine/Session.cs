using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Core.Engine;

/// <summary>A live attempt at a scenario: events are submitted one at a time and classified as they arrive.</summary>
/// <remarks>
/// The session is the single place the <c>requires</c> rule is applied to an event stream: the scorer
/// replays attempt files through a session, so scoring a file and finishing a live session on the
/// same events give the same result.
/// </remarks>
public sealed class Session
{
    private readonly IReadOnlyList<Step> _reference;
    private readonly Dictionary<string, int> _counts = new();
    private readonly List<EventVerdict> _recorded = new();

    /// <summary>Starts an attempt at <paramref name="scenario"/> in <paramref name="mode"/>.</summary>
    public Session(Scenario scenario, Mode mode, IGeometryJudge? judge = null)
    {
        Scenario = scenario;
        Mode = mode;
        Judge = judge;
        _reference = scenario.ExpandedReference();
    }

    public Scenario Scenario { get; }

    /// <summary>Derives measurements and breaches from coordinates in events (null: raw values only).</summary>
    public IGeometryJudge? Judge { get; }

    public Mode Mode { get; }

    /// <summary>Every submitted event with its verdict, refused ones included, in submission order.</summary>
    public IReadOnlyList<EventVerdict> Recorded => _recorded;

    /// <summary>Times each step has been performed (refused events not counted).</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Seconds since the start: the <c>at</c> of the last submitted event (0 before any).</summary>
    public double ElapsedSeconds { get; private set; }

    /// <summary>The next expected step, or null when every reference item (optional ones included) is done.</summary>
    public ExpectedStep? Expected
    {
        get
        {
            var index = FirstOutstanding(_ => true);
            return index < 0 ? null : Describe(index);
        }
    }

    /// <summary>The next required step (optional ones skipped), or null when every required reference item is done.</summary>
    public ExpectedStep? NextRequired
    {
        get
        {
            var index = FirstOutstanding(s => !s.Optional);
            return index < 0 ? null : Describe(index);
        }
    }

    /// <summary>The phase of the next expected step, or of the last reference step once everything is done.</summary>
    public string Phase => Expected?.Phase ?? (_reference.Count == 0 ? "" : PhaseOf(_reference[^1]));

    /// <summary>Iteration (1-based) of the group the next expected step belongs to, or null outside groups.</summary>
    public int? GroupIteration => Expected?.GroupIteration;

    /// <summary>Required reference items done out of all required reference items.</summary>
    public Progress Progress
    {
        get
        {
            var required = Scenario.Steps.Where(s => !s.Optional).ToList();
            var total = required.Sum(s => s.ExpectedCount);
            var done = required.Sum(s => Math.Min(s.ExpectedCount, _counts.GetValueOrDefault(s.Id)));
            return new Progress(done, total);
        }
    }

    /// <summary>Classifies and records one event.</summary>
    /// <exception cref="ArgumentException">The event's id is neither a step nor a distractor of the scenario.</exception>
    public EventVerdict Submit(AttemptEvent attemptEvent)
    {
        ArgumentNullException.ThrowIfNull(attemptEvent);
        // Distractors are judged too: a pin advanced without its checks still breaches what it enters.
        var action = Scenario.FindStep(attemptEvent.Do)?.Action ?? Scenario.FindDistractor(attemptEvent.Do)?.Action;
        var findings = Judge is not null && !string.IsNullOrEmpty(action)
            ? Judge.Judge(Scenario, action, attemptEvent, _recorded)
            : GeometryFindings.None;
        if (findings.Measurements.Count > 0)
        {
            var with = attemptEvent.With.ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var (name, value) in findings.Measurements)
            {
                with[name] = Measurement.Of(value);
            }

            attemptEvent = attemptEvent with { With = with };
        }

        var verdict = Classify(attemptEvent);
        if (findings.Breaches.Count > 0 && verdict.Performed)
        {
            verdict = verdict with { Breaches = findings.Breaches };
        }

        ElapsedSeconds = attemptEvent.At;
        if (verdict.Performed && Scenario.FindStep(attemptEvent.Do) is { } step)
        {
            _counts[step.Id] = _counts.GetValueOrDefault(step.Id) + 1;
        }

        _recorded.Add(verdict);
        return verdict;
    }

    /// <summary>Scores everything recorded so far.</summary>
    /// <remarks>Delegates to <see cref="Scorer.Score(Scenario, IReadOnlyList{EventVerdict}, Mode)"/>, so the live result is the file result.</remarks>
    public ScoreResult Finish() => Scorer.Score(Scenario, _recorded, Mode);


    private EventVerdict Classify(AttemptEvent e)
    {
        if (Scenario.FindDistractor(e.Do) is { } distractor)
        {
            var consequence = distractor.Consequence.Length > 0 ? $": {distractor.Consequence}" : "";
            var severity = distractor.Critical ? "critical error" : "not part of the procedure";
            return new EventVerdict(e, Outcome.Distractor, $"'{distractor.Id}' is {severity}{consequence}", ExpectedRationale());
        }

        var step = Scenario.FindStep(e.Do)
            ?? throw new ArgumentException($"'{e.Do}' is not a step or distractor of scenario '{Scenario.Id}'", nameof(e));
        var occurrence = _counts.GetValueOrDefault(step.Id) + 1;

        if (Preconditions.FirstUnmet(Scenario, step, occurrence, _counts) is { } gap)
        {
            var text = $"'{step.Id}' requires '{gap.Required.Id}' first (needed {gap.Needed}, done {gap.Performed})";
            var feedback = Feedback(step, FeedbackKinds.Precondition);
            return Mode == Mode.Guided
                ? new EventVerdict(e, Outcome.Refused, $"Refused: {text}{feedback}", gap.Required.Rationale)
                : new EventVerdict(e, Outcome.PreconditionViolated, $"Precondition violated: {text}{feedback}", gap.Required.Rationale);
        }

        if (occurrence > step.ExpectedCount)
        {
            return new EventVerdict(
                e,
                Outcome.Repeated,
                $"'{step.Id}' repeated: expected {step.ExpectedCount}, this is number {occurrence}{Feedback(step, FeedbackKinds.Repeated)}",
                step.Rationale);
        }

        var blocking = FirstOutstanding(s => !s.Optional);
        var slot = SlotOf(step.Id, occurrence);
        if (blocking >= 0 && blocking < slot)
        {
            var due = _reference[blocking];
            return new EventVerdict(
                e,
                Outcome.OutOfOrder,
                $"'{step.Id}' done before '{due.Id}', which was due first{Feedback(step, FeedbackKinds.OutOfOrder)}",
                due.Rationale);
        }

        return new EventVerdict(e, Outcome.Accepted, $"'{step.Id}' done", step.Rationale);
    }

    private static string Feedback(Step step, string kind) =>
        step.Feedback.TryGetValue(kind, out var text) && text.Length > 0 ? $". {text}" : "";

    private string ExpectedRationale() => Expected?.Why ?? "";

    /// <summary>Index of the first reference item (matching <paramref name="filter"/>) not yet performed enough times, or -1.</summary>
    private int FirstOutstanding(Func<Step, bool> filter)
    {
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < _reference.Count; i++)
        {
            var step = _reference[i];
            var k = seen[step.Id] = seen.GetValueOrDefault(step.Id) + 1;
            if (filter(step) && _counts.GetValueOrDefault(step.Id) < k)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the <paramref name="occurrence"/>-th appearance of <paramref name="id"/> in the reference.</summary>
    private int SlotOf(string id, int occurrence)
    {
        var k = 0;
        for (var i = 0; i < _reference.Count; i++)
        {
            if (_reference[i].Id == id && ++k == occurrence)
            {
                return i;
            }
        }

        return _reference.Count;
    }

    private ExpectedStep Describe(int index)
    {
        var step = _reference[index];
        var occurrence = _reference.Take(index + 1).Count(s => s.Id == step.Id);
        int? iteration = step.Group is null ? null : (occurrence - 1) / Math.Max(1, step.Repeat) + 1;
        return new ExpectedStep(
            step,
            occurrence,
            step.Optional,
            step.Instruction,
            step.Rationale,
            PhaseOf(step),
            iteration,
            step.Group?.Repeat);
    }

    private static string PhaseOf(Step step)
    {
        if (step.Phase.Length > 0)
        {
            return step.Phase;
        }

        if (step.Group is { } group)
        {
            return group.Name.Length > 0 ? group.Name : group.Id;
        }

        return "";
    }
}
