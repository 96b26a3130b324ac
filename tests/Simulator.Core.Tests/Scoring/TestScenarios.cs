using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scoring;

/// <summary>Scenarios built in code for scoring and engine tests (no loader involved).</summary>
internal static class TestScenarios
{
    public static Step S(
        string id,
        int repeat = 1,
        bool optional = false,
        bool critical = false,
        string[]? requires = null,
        Target[]? targets = null,
        string phase = "",
        string? name = null,
        string action = StepActions.Check) =>
        new(id, repeat, 0, 0)
        {
            Name = name ?? "Step " + id,
            Action = action,
            Instruction = "Do " + id,
            Rationale = "Why " + id,
            Optional = optional,
            Critical = critical,
            Requires = requires ?? Array.Empty<string>(),
            Targets = targets ?? Array.Empty<Target>(),
            Phase = phase,
        };

    public static StepGroup G(string id, int repeat, params Step[] steps) =>
        new(id, repeat, 0, 0, steps) { Name = "Group " + id };

    public static Distractor D(string id, bool critical = false, string? name = null) =>
        new(id, name ?? "Distractor " + id, "Harm from " + id, critical, "", 0, 0);

    public static Scenario Make(IReadOnlyList<StepNode> entries, IReadOnlyList<Distractor>? distractors = null, double passMark = 70) =>
        new()
        {
            Id = "test",
            Title = "Test scenario",
            Entries = entries,
            Distractors = distractors ?? Array.Empty<Distractor>(),
            PassMark = passMark,
        };

    /// <summary>The worked example of docs/scoring.md.</summary>
    public static Scenario WorkedExample() => Make(
        new StepNode[]
        {
            S("position", phase: "setup", name: "Position"),
            S("incision", phase: "approach", name: "Incision"),
            G("fix", 2,
                S("pin", targets: new[] { new Target("depth", 40, 50, "mm") }, name: "Pin"),
                S("drill", name: "Drill")),
            S("irrigate", optional: true, name: "Irrigate"),
            S("close", phase: "closure", name: "Close"),
        },
        new[] { D("freehand-drill", name: "Freehand drill") });

    /// <summary>The attempt of the worked example: a swap, an extra, an out-of-range depth, an omission.</summary>
    public static IReadOnlyList<AttemptEvent> WorkedExampleAttempt() => new[]
    {
        AttemptEvent.Of("incision", 30),
        AttemptEvent.Of("position", 50),
        AttemptEvent.Of("pin", 120, ("depth", 45)),
        AttemptEvent.Of("drill", 180),
        AttemptEvent.Of("freehand-drill", 200),
        AttemptEvent.Of("pin", 260, ("depth", 56)),
        AttemptEvent.Of("drill", 320),
    };

    /// <summary>A lateral SI-joint fusion in miniature: three implant cycles with proportional requires.</summary>
    public static Scenario SiJoint() => Make(
        new StepNode[]
        {
            S("prep", phase: "setup"),
            S("incision", phase: "approach"),
            G("implant-cycle", 3,
                S("pin", targets: new[] { new Target("depth", 40, 50, "mm") }),
                S("drill"),
                S("implant", requires: new[] { "pin" }, targets: new[] { new Target("angle", 10, 20, "deg") })),
            S("fluoro", optional: true, phase: "check"),
            S("irrigate", requires: new[] { "implant" }, phase: "closure"),
            S("close", critical: true, phase: "closure"),
        },
        new[] { D("extra-shot"), D("freehand-drill", critical: true) });

    /// <summary>Every required step in reference order, measurements at the centre of their targets.</summary>
    public static List<AttemptEvent> Perfect(Scenario scenario, Func<Step, bool>? includeOptional = null)
    {
        var events = new List<AttemptEvent>();
        foreach (var step in scenario.ExpandedReference())
        {
            if (step.Optional && !(includeOptional?.Invoke(step) ?? false))
            {
                continue;
            }

            var with = step.Targets.Select(t => (t.Name, t.Centre)).ToArray();
            events.Add(AttemptEvent.Of(step.Id, 10 * (events.Count + 1), with));
        }

        return events;
    }
}
