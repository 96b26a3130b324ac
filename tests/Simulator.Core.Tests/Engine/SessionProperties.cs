using FsCheck.Xunit;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scoring;
using Simulator.Core.Tests.Scoring;

namespace Simulator.Core.Tests.Engine;

[Properties(MaxTest = 200)]
public class SessionProperties
{
    [Property]
    public bool LiveSessionAndScorerAgreeOnRandomAttempts(int seed, bool guided)
    {
        var rng = new Random(seed);
        var scenario = RandomScenarios.Scenario(rng);
        var events = RandomScenarios.Attempt(scenario, rng);
        var mode = guided ? Mode.Guided : Mode.Assessment;
        var session = new Session(scenario, mode);
        foreach (var e in events)
        {
            session.Submit(e);
        }

        var live = session.Finish();
        return ScoreJson.Serialize(live) == ScoreJson.Serialize(Scorer.Score(scenario, events, mode))
            && live.Order.Performed.Count == events.Count - session.Recorded.Count(v => v.Outcome == Outcome.Refused)
            && (guided || session.Recorded.All(v => v.Outcome != Outcome.Refused));
    }
}
