using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using static Simulator.Core.Tests.Scoring.TestScenarios;

namespace Simulator.Core.Tests.Scoring;

/// <summary>Random scenario shapes and attempts from a seed, for property tests.</summary>
/// <remarks>
/// Seed-driven rather than composed FsCheck generators: a failing seed reproduces the whole case,
/// and the shapes (groups repeated up to 3 times, inner repeats, optional and critical steps,
/// targets including zero-width and critical ones, proportional requires, pin steps that can be redone) stay valid by construction.
/// </remarks>
internal static class RandomScenarios
{
    public static Scenario Scenario(Random rng)
    {
        var entries = new List<StepNode>();
        var required = new List<string>();
        var next = 0;

        Step NewStep(bool inGroup)
        {
            var id = "s" + next++;
            var optional = rng.Next(5) == 0;
            var requires = required.Count > 0 && rng.Next(3) == 0
                ? new[] { required[rng.Next(required.Count)] }
                : null;
            var targets = rng.Next(5) < 2 ? new[] { RandomTarget(rng) } : null;
            var step = S(
                id,
                repeat: inGroup && rng.Next(4) == 0 ? 2 : 1,
                optional: optional,
                critical: !optional && rng.Next(5) == 0,
                requires: requires,
                targets: targets,
                action: targets is not null && rng.Next(2) == 0 ? StepActions.PinDock : StepActions.Check);
            if (!optional)
            {
                required.Add(id);
            }

            return step;
        }

        var count = rng.Next(1, 6);
        for (var e = 0; e < count; e++)
        {
            if (rng.Next(10) < 3)
            {
                var steps = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => NewStep(true)).ToArray();
                entries.Add(G("g" + next++, rng.Next(1, 4), steps));
            }
            else
            {
                entries.Add(NewStep(false));
            }
        }

        var distractors = Enumerable.Range(0, rng.Next(1, 3)).Select(i => D("x" + i, critical: rng.Next(3) == 0)).ToList();
        return Make(entries, distractors);
    }

    /// <summary>A random scenario with one more required step, at a random place, whose target is critical.</summary>
    public static Scenario WithCriticalTarget(Random rng)
    {
        var scenario = Scenario(rng);
        var target = RandomTarget(rng) with { Name = "gap", Critical = true };
        var entries = scenario.Entries.ToList();
        entries.Insert(rng.Next(entries.Count + 1), S("safe", repeat: 1, targets: new[] { target, RandomTarget(rng) }));
        return Make(entries, scenario.Distractors);
    }

    public static Target RandomTarget(Random rng)
    {
        var min = rng.Next(0, 50);
        var width = rng.Next(4) == 0 ? 0 : rng.Next(1, 20);
        return new Target("m", min, min + width, "mm", Critical: rng.Next(3) == 0);
    }

    /// <summary>Reference order with every measurement at its target's centre; each optional step in or out at random.</summary>
    /// <remarks>Where every step is optional, at least one is kept: doing nothing is never the model attempt (it scores 0).</remarks>
    public static List<AttemptEvent> Perfect(Scenario scenario, Random rng)
    {
        var keep = scenario.Steps.Where(s => s.Optional && rng.Next(2) == 0).Select(s => s.Id).ToHashSet();
        if (scenario.Steps.All(s => s.Optional) && keep.Count == 0)
        {
            keep.Add(scenario.Steps[rng.Next(scenario.Steps.Count)].Id);
        }

        return TestScenarios.Perfect(scenario, s => keep.Contains(s.Id));
    }

    /// <summary>A messy attempt: a perturbed perfect attempt plus random steps and distractors with random measurements.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="rng">Randomness.</param>
    /// <param name="grow">False: only delete, swap or replace, so the attempt is never longer than the reference, and one action becomes a distractor.</param>
    public static List<AttemptEvent> Attempt(Scenario scenario, Random rng, bool grow = true)
    {
        var ids = Perfect(scenario, rng).Select(e => e.Do).ToList();
        var pool = scenario.Steps.Select(s => s.Id).Concat(scenario.Distractors.Select(d => d.Id)).ToList();
        var edits = rng.Next(0, 6);
        for (var i = 0; i < edits; i++)
        {
            switch (rng.Next(4))
            {
                case 0 when ids.Count > 0:
                    ids.RemoveAt(rng.Next(ids.Count));
                    break;
                case 1 when ids.Count > 1:
                    var j = rng.Next(ids.Count - 1);
                    (ids[j], ids[j + 1]) = (ids[j + 1], ids[j]);
                    break;
                case 2 when ids.Count > 0:
                    ids[rng.Next(ids.Count)] = pool[rng.Next(pool.Count)];
                    break;
                default:
                    if (grow)
                    {
                        ids.Insert(rng.Next(ids.Count + 1), pool[rng.Next(pool.Count)]);
                    }

                    break;
            }
        }

        if (!grow && ids.Count > 0)
        {
            ids[rng.Next(ids.Count)] = scenario.Distractors[rng.Next(scenario.Distractors.Count)].Id;
        }

        var events = new List<AttemptEvent>();
        var at = 0.0;
        foreach (var id in ids)
        {
            at += rng.Next(1, 60);
            var targets = scenario.FindStep(id)?.Targets ?? Array.Empty<Target>();
            var with = targets
                .Where(_ => rng.Next(6) != 0)
                .Select(t => (t.Name, Value: t.Min - 10 + rng.NextDouble() * (t.Width + 20)))
                .ToArray();
            events.Add(AttemptEvent.Of(id, at, with));
        }

        return events;
    }
}
