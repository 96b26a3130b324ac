using Simulator.Core.Attempts;
using Simulator.Core.Scoring;

namespace Simulator.Core.Tests.Scoring;

/// <summary>Scores exactly the worked example of docs/scoring.md, so the document cannot drift from the code.</summary>
public class WorkedExampleTests
{
    private static ScoreResult Score() =>
        Scorer.Score(TestScenarios.WorkedExample(), TestScenarios.WorkedExampleAttempt(), Mode.Assessment);

    [Fact]
    public void OrderNumbersMatchTheDocument()
    {
        var r = Score();

        Assert.Equal(new[] { "incision", "position", "pin", "drill", "freehand-drill", "pin", "drill" }, r.Order.Performed);
        Assert.Equal(new[] { "position", "incision", "pin", "drill", "pin", "drill", "close" }, r.Order.Reference);
        Assert.Equal(3, r.Order.EditDistance);
        Assert.Equal(4.0 / 7, r.Order.Similarity, 12);
        Assert.Equal(1, r.Order.PrecedenceViolations);
        Assert.Equal(6, r.Order.ComparablePairs);
        Assert.Equal(5.0 / 6, r.Order.Adherence, 12);
    }

    [Fact]
    public void ComponentsAndTotalMatchTheDocument()
    {
        var r = Score();

        Assert.Equal(4.0 / 7, r.Components.Sequence, 12);
        Assert.Equal(6.0 / 7, r.Components.Coverage, 12);
        Assert.Equal(5.0 / 6 * 6 / 7, r.Components.Precedence, 12);
        Assert.Equal(6.0 / 7, r.Components.Completeness, 12);
        Assert.Equal(0.6, r.Components.Technique, 12);
        Assert.Equal(6.0 / 7 * 6 / 7, r.Components.Economy, 12);
        Assert.Equal(70.06, r.Total);
        Assert.True(r.Passed);
        Assert.Empty(r.CriticalErrors);
    }

    [Fact]
    public void ListsMatchTheDocument()
    {
        var r = Score();

        Assert.Equal(new[] { new StepCount("close", "Close", 1, 0) }, r.Omitted);
        Assert.Empty(r.Repeated);
        Assert.Equal(new[] { new ExtraAction("freehand-drill", "Freehand drill", "Harm from freehand-drill", false, 200) }, r.Extras);
        Assert.Equal(
            new[]
            {
                new TechniqueEntry("pin", 1, "depth", 45, 40, 50, "mm", true, 0, 1) { AtSeconds = 120 },
                new TechniqueEntry("pin", 2, "depth", 56, 40, 50, "mm", false, 6, 0.2) { AtSeconds = 260 },
            },
            r.Technique.Select(t => t with { Credit = Math.Round(t.Credit, 12) }));
        Assert.Equal(320, r.TimeTotalSeconds);
        Assert.Equal(new[] { 30.0, 20, 70, 60, 20, 60, 60 }, r.TimePerEvent.Select(t => t.Seconds));
    }

    [Fact]
    public void DeductionsMatchTheDocumentAndExplainEveryLostPoint()
    {
        var r = Score();

        var rows = r.Deductions.Select(d => (d.Component, Math.Round(d.Points, 2), d.Reason, d.Step, d.Rationale)).ToList();
        Assert.Equal(
            new[]
            {
                ("sequence", 3.57, "\"Position\" and \"Incision\" swapped", "position", "Why position"),
                ("sequence", 3.57, "extra \"Freehand drill\"", "freehand-drill", ""),
                ("sequence", 3.57, "\"Close\" missing", "close", "Why close"),
                ("precedence", 2.14, "\"Incision\" first performed before \"Position\", which must come first", "position", "Why position"),
                ("precedence", 2.14, "\"Close\" not performed: no order credit for it", "close", "Why close"),
                ("completeness", 4.29, "\"Close\" omitted: performed 0 of 1", "close", "Why close"),
                ("technique", 8.0, "\"Pin\" #2: depth 56 mm outside 40–50 mm by 6 mm", "pin", "Why pin"),
                ("economy", 1.22, "extra action \"Freehand drill\" at 200 s", "freehand-drill", ""),
                ("economy", 1.43, "\"Close\" not performed: no economy credit for it", "close", "Why close"),
            },
            rows);
        Assert.Equal(100 - r.Total, r.Deductions.Sum(d => d.Points), 2);
    }
}
