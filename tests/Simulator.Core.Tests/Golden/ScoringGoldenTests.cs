using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Golden;

/// <summary>Each folder in Golden/scoring (scenario.yaml + attempt.yaml) must score to its expected.json exactly.</summary>
/// <remarks>expected.md beside each case holds the hand computation the JSON was checked against.</remarks>
public class ScoringGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(GoldenFiles.Directory("scoring")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Attempt_scores_to_the_expected_report(string name)
    {
        var dir = Path.Combine(GoldenFiles.Directory("scoring"), name);
        var scenario = ScenarioLoader.LoadFile(Path.Combine(dir, "scenario.yaml")).ValueOrThrow();
        var attempt = AttemptLoader.LoadFile(Path.Combine(dir, "attempt.yaml"), scenario).ValueOrThrow();
        var actual = GoldenFiles.Normalise(ScoreJson.Serialize(Scorer.Score(scenario, attempt.Events, attempt.Mode)));
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(GoldenFiles.SourcePath("scoring", Path.Combine(name, "expected.json")), actual);
        }

        var expected = GoldenFiles.Normalise(File.ReadAllText(Path.Combine(dir, "expected.json")));
        Assert.Equal(expected, actual);
    }
}
