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

    /// <summary>For each reference item, which appearance of its step it is (1-based): item i is done once the step is performed that often.</summary>
    private readonly int[] _occurrence;
    private readonly Dictionary<string, int> _counts = new();
    private readonly VerdictHistory _recorded;

    /// <summary>Starts an attempt at <paramref name="scenario"/> in <paramref name="mode"/>.</summary>
    public Session(Scenario scenario, Mode mode, IGeometryJudge? judge = null)
    {
        Scenario = scenario;
        Mode = mode;
        Judge = judge;
        _reference = scenario.ExpandedReference();
        _occurrence = Occurrences(_reference);
        _recorded = new VerdictHistory(scenario);
    }

    public Scenario Scenario { get; }

    /// <summary>Derives measurements and breaches from coordinates in events (null: raw values only).</summary>
    public IGeometryJudge? Judge { get; }

    public Mode Mode { get; }

    /// <summary>Every submitted event with its verdict, refused ones included, in submission order (indexed: see <see cref="VerdictHistory"/>).</summary>
    public VerdictHistory Recorded => _recorded;

    /// <summary>Times each step has been performed (refused events not counted).</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Seconds since the start: the <c>at</c> of the last submitted event (0 before any).</summary>
    public double ElapsedSeconds { get; private set; }

    /// <summary>The next expected step, or null when every reference item is done; an optional step passed over (a later step already done) is no longer expected.</summary>
    public ExpectedStep? Expected
    {
        get
        {
            var index = FirstOutstanding(_ => true, skipPassedOver: true);
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

    /// <summary>Says how each step is done in this session (keys, tools), for refusals and redo offers; the instrument by default.</summary>
    public IControlHints Hints { get; set; } = InstrumentHints.Instance;

    /// <summary>The step a redo (<see cref="AttemptEvent.Redo"/>) would redo now, or null: the last pin step, if <see cref="RedoRule"/> allows it.</summary>
    public Step? RedoCandidate
    {
        get
        {
            var last = _recorded.LastOrDefault(v => v.Performed && Scenario.FindStep(v.Event.Do) is { } s && RedoRule.Redoable(s));
            return last is not null && Scenario.FindStep(last.Event.Do) is { } step && RedoRule.Obstacle(Scenario, step, _recorded) is null
                ? step
                : null;
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
            var with = new Dictionary<string, Measurement>(attemptEvent.With);
            foreach (var (name, value) in findings.Measurements)
            {
                with[name] = Measurement.Of(value);
            }

            attemptEvent = attemptEvent with { With = with };
        }

        var verdict = Classify(attemptEvent);
        verdict = WithChecks(verdict, findings.Breaches.Count > 0 && verdict.Performed ? findings.Breaches : null);

        ElapsedSeconds = attemptEvent.At;
        if (verdict.Performed && verdict.Outcome != Outcome.Redone && Scenario.FindStep(attemptEvent.Do) is { } step)
        {
            _counts[step.Id] = _counts.GetValueOrDefault(step.Id) + 1;
        }

        _recorded.Add(verdict);
        return verdict;
    }

    /// <summary>Scores everything recorded so far.</summary>
    /// <remarks>Delegates to <see cref="VerdictScorer.Score(Scenario, IReadOnlyList{EventVerdict}, Mode)"/>, so the live result is the file result.</remarks>
    public ScoreResult Finish() => VerdictScorer.Score(Scenario, _recorded, Mode);

    private EventVerdict Classify(AttemptEvent e)
    {
        if (Scenario.FindDistractor(e.Do) is { } distractor)
        {
            var consequence = distractor.Consequence.Length > 0 ? $": {distractor.Consequence}" : "";
            var severity = distractor.Critical ? "a critical error" : "not part of the procedure";
            return Verdict(e, Outcome.Distractor, $"{distractor.Name} — {severity}{consequence}", ExpectedRationale());
        }

        var step = Scenario.FindStep(e.Do)
            ?? throw new ArgumentException($"'{e.Do}' is not a step or distractor of scenario '{Scenario.Id}'", nameof(e));
        var note = "";
        if (e.Redo)
        {
            if (RedoRule.Obstacle(Scenario, step, _recorded) is not { } obstacle)
            {
                return Verdict(e, Outcome.Redone, $"{step.Name}: redone", step.Rationale) with { Redoes = _counts.GetValueOrDefault(step.Id) };
            }

            if (Mode == Mode.Guided)
            {
                return Verdict(e, Outcome.Refused, $"Not redone: {obstacle}.", step.Rationale);
            }

            // Assessment records what was done: a new performance of the step, scored as such.
            note = $" (not a redo: {obstacle})";
        }

        var occurrence = _counts.GetValueOrDefault(step.Id) + 1;
        if (Preconditions.FirstUnmet(Scenario, step, occurrence, _counts) is { } gap)
        {
            var feedback = Feedback(step, FeedbackKinds.Precondition);
            var done = gap.Needed > 1 ? $" ({gap.Performed} of {gap.Needed} done)" : "";
            return Mode == Mode.Guided
                ? Verdict(e, Outcome.Refused, Refusal(step, gap.Required, done) + (feedback.Length > 0 ? " " + feedback[2..] : ""), gap.Required.Rationale)
                : Verdict(e, Outcome.PreconditionViolated,
                    $"Precondition violated: \"{step.Name}\" needs \"{gap.Required.Name}\" first{done}{note}{feedback}", gap.Required.Rationale);
        }

        if (occurrence > step.ExpectedCount)
        {
            return Verdict(
                e,
                Outcome.Repeated,
                $"{step.Name}: repeated — expected {step.ExpectedCount}, this is number {occurrence}{note}{Feedback(step, FeedbackKinds.Repeated)}",
                step.Rationale);
        }

        var blocking = FirstOutstanding(s => !s.Optional);
        var slot = SlotOf(step.Id, occurrence);
        if (blocking >= 0 && blocking < slot)
        {
            var due = _reference[blocking];
            return Verdict(
                e,
                Outcome.OutOfOrder,
                $"{step.Name}: done before \"{due.Name}\", which was due first{note}{Feedback(step, FeedbackKinds.OutOfOrder)}",
                due.Rationale);
        }

        return Verdict(e, Outcome.Accepted, $"{step.Name}: done{note}", step.Rationale);
    }

    /// <summary>
    /// A guided refusal that says what to do next and how: "Not yet: do "Set up the C-arm" first (press C).", or, when the step
    /// due is not the missing one, "Not now: next is "Remove the guide pin" (press R). "Place the implant" needs "Broach the drilled path" first."
    /// </summary>
    private string Refusal(Step step, Step required, string done)
    {
        var next = NextRequired?.Step ?? Expected?.Step;
        if (next is null || next == required || next == step)
        {
            return $"Not yet: do \"{required.Name}\" first{done}{How(required)}.";
        }

        return $"Not now: next is \"{next.Name}\"{How(next)}. \"{step.Name}\" needs \"{required.Name}\" first{done}.";
    }

    private string How(Step step) => Hints.How(step) is { Length: > 0 } how ? $" ({how})" : "";

    /// <summary>Adds the measurement lines, the technique feedback and the redo offer to a performed step's verdict, and the breaches if any.</summary>
    private EventVerdict WithChecks(EventVerdict verdict, IReadOnlyList<string>? breaches)
    {
        if (!verdict.Performed || Scenario.FindStep(verdict.Event.Do) is not { } step || step.Targets.Count == 0)
        {
            return breaches is null ? verdict : verdict with { Breaches = breaches };
        }

        var checks = new List<TargetCheck>(step.Targets.Count);
        var lines = new string[step.Targets.Count];
        var onTarget = true;
        for (var i = 0; i < step.Targets.Count; i++)
        {
            var target = step.Targets[i];
            var check = TargetCheck.Of(target, verdict.Event.With.TryGetValue(target.Name, out var m) ? m.Number : null);
            checks.Add(check);
            lines[i] = check.Line;
            onTarget &= check.Grade == CheckGrade.Inside;
        }

        var advice = onTarget ? "" : step.Feedback.GetValueOrDefault(FeedbackKinds.Technique, "");
        var redo = onTarget || !RedoRule.Redoable(step) ? "" : RedoRule.Offer(step);
        var message = $"{verdict.Headline} · {string.Join("; ", lines)}";
        if (advice.Length > 0)
        {
            message = $"{message} · {advice}";
        }

        if (redo.Length > 0)
        {
            var how = Hints.Redo(step) is { Length: > 0 } key ? $" ({key})" : "";
            message = $"{message} · Redo: {redo}{how}";
        }

        return verdict with { Message = message, Checks = checks, Advice = advice, RedoOffer = redo, Breaches = breaches ?? verdict.Breaches };
    }

    private static EventVerdict Verdict(AttemptEvent e, Outcome outcome, string text, string rationale) =>
        new(e, outcome, text, rationale) { Headline = text };

    private static string Feedback(Step step, string kind) =>
        step.Feedback.TryGetValue(kind, out var text) && text.Length > 0 ? $". {text}" : "";

    /// <summary>Why the next expected step is done (<see cref="ExpectedStep.Why"/> of <see cref="Expected"/>), or "".</summary>
    private string ExpectedRationale() => FirstOutstanding(_ => true, skipPassedOver: true) is var index and >= 0 ? _reference[index].Rationale : "";

    /// <summary>Index of the first reference item (matching <paramref name="filter"/>) not yet performed enough times, or -1.</summary>
    /// <param name="filter">Which reference items count.</param>
    /// <param name="skipPassedOver">Skip an optional item once a later reference item has been done: the trainee passed it by.</param>
    private int FirstOutstanding(Func<Step, bool> filter, bool skipPassedOver = false)
    {
        // An optional item is passed over when any later item is done, i.e. when it lies before the last done item.
        var lastDone = -1;
        for (var i = _reference.Count - 1; skipPassedOver && i >= 0; i--)
        {
            if (Done(i))
            {
                lastDone = i;
                break;
            }
        }

        for (var i = 0; i < _reference.Count; i++)
        {
            var step = _reference[i];
            if (filter(step) && !Done(i) && !(step.Optional && i < lastDone))
            {
                return i;
            }
        }

        return -1;
    }

    private bool Done(int index) => _counts.GetValueOrDefault(_reference[index].Id) >= _occurrence[index];

    private static int[] Occurrences(IReadOnlyList<Step> reference)
    {
        var seen = new Dictionary<string, int>();
        var occurrence = new int[reference.Count];
        for (var i = 0; i < reference.Count; i++)
        {
            occurrence[i] = seen[reference[i].Id] = seen.GetValueOrDefault(reference[i].Id) + 1;
        }

        return occurrence;
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
        var occurrence = _occurrence[index];
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
