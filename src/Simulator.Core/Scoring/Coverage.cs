using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>How much of the reference an attempt performed: the share every component is scaled by, so doing less never earns more.</summary>
/// <remarks>
/// The reference holds every required step with all its expected occurrences, and each optional step
/// only as often as it was performed (at most its expected count). A performed optional occurrence
/// therefore adds as much to what was done as to what was expected: starting an optional step that
/// repeats can never lower the score of the attempt so far, which keeps the total of a growing
/// correct attempt non-decreasing.
/// </remarks>
internal sealed class Coverage
{
    private readonly Dictionary<string, int> _expected = new();

    public Coverage(Scenario scenario, IReadOnlyDictionary<string, int> counts)
    {
        var steps = new List<ReferenceStep>();
        foreach (var step in scenario.Steps)
        {
            var performed = counts.GetValueOrDefault(step.Id);
            var expected = step.Optional ? Math.Min(performed, step.ExpectedCount) : step.ExpectedCount;
            if (expected == 0)
            {
                continue;
            }

            _expected[step.Id] = expected;
            steps.Add(new ReferenceStep(step, expected, Math.Min(performed, expected)));
        }

        Steps = steps;
        Expected = steps.Sum(s => s.Expected);
        Done = steps.Sum(s => s.Done);
        var reference = new List<string>();
        var seen = new Dictionary<string, int>();
        foreach (var step in scenario.ExpandedReference())
        {
            var k = seen[step.Id] = seen.GetValueOrDefault(step.Id) + 1;
            if (k <= ExpectedIn(step.Id))
            {
                reference.Add(step.Id);
            }
        }

        Reference = reference;
    }

    /// <summary>The reference steps in listed order, with their expected and performed (capped) occurrences.</summary>
    public IReadOnlyList<ReferenceStep> Steps { get; }

    /// <summary>The reference sequence: the expanded scenario, optional occurrences kept only as far as they were performed.</summary>
    public IReadOnlyList<string> Reference { get; }

    /// <summary>Σ expected occurrences over the reference.</summary>
    public int Expected { get; }

    /// <summary>Σ min(performed, expected) over the reference.</summary>
    public int Done { get; }

    /// <summary>Done / Expected; 0 when the reference is empty (nothing was done).</summary>
    public double Share => Expected == 0 ? 0 : (double)Done / Expected;

    /// <summary>Occurrences of <paramref name="stepId"/> the reference expects (0 if it is not in the reference).</summary>
    public int ExpectedIn(string stepId) => _expected.GetValueOrDefault(stepId);

    /// <summary>A step of the reference: how often the reference expects it and how many of those were performed.</summary>
    public sealed record ReferenceStep(Step Step, int Expected, int Done)
    {
        public int Missing => Expected - Done;
    }
}
