using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.App.Sessions;

/// <summary>Plays a recorded or scripted attempt through the engine, logging every event as it is submitted.</summary>
public static class ScriptedSession
{
    /// <summary>Submits each event in order; <paramref name="onVerdict"/> sees every verdict (for live feedback).</summary>
    public static ScoreResult Play(Scenario scenario, IReadOnlyList<AttemptEvent> events, Mode mode,
        SessionLogWriter? log, Action<EventVerdict>? onVerdict = null)
    {
        var session = new Session(scenario, mode, Scene.AnatomyJudge.Shared);
        foreach (var ev in events)
        {
            var verdict = session.Submit(ev);
            log?.Append(ev, OutcomeNames.Of(verdict.Outcome), verdict.Message);
            onVerdict?.Invoke(verdict);
        }

        return session.Finish();
    }
}
