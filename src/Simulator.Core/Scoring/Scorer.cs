using System.Globalization;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Scores an attempt against a scenario (see docs/scoring.md for the contract).</summary>
/// <remarks>
/// Raw events are first replayed through a <see cref="Session"/> so the <c>requires</c> rule (refusal in
/// guided mode, critical error in assessment mode) is applied in exactly one place; the session's verdicts are
/// then scored by <see cref="VerdictScorer"/>, which a live session's <see cref="Session.Finish"/> calls too, so a
/// finished live session and a scored attempt file agree. (The session never calls back into this class.)
/// </remarks>
public static class Scorer
{
    /// <summary>Scores an attempt in the mode it was recorded in.</summary>
    public static ScoreResult Score(Scenario scenario, Attempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return Score(scenario, attempt.Events, attempt.Mode);
    }

    /// <summary>Replays <paramref name="events"/> through a session in <paramref name="mode"/> and scores the result.</summary>
    /// <exception cref="ArgumentException">An event id is neither a step nor a distractor.</exception>
    public static ScoreResult Score(Scenario scenario, IReadOnlyList<AttemptEvent> events, Mode mode, IGeometryJudge? judge = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var session = new Session(scenario, mode, judge);
        foreach (var e in events)
        {
            session.Submit(e);
        }

        return session.Finish();
    }

    /// <summary>Scores events already classified by a session (see <see cref="VerdictScorer"/>).</summary>
    public static ScoreResult Score(Scenario scenario, IReadOnlyList<EventVerdict> recorded, Mode mode) => VerdictScorer.Score(scenario, recorded, mode);
}
