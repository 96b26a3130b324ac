namespace Simulator.Tests;

/// <summary>A three-step scenario (a target, a hard precondition, a critical step, a distractor) for CLI tests.</summary>
public static class TinyScenario
{
    public const string Yaml = """
        id: tiny
        title: Tiny
        steps:
          - {id: cut, name: Cut, instruction: cut, rationale: opens the way, instrument: scalpel, targets: {length: {min: 30, max: 50, unit: mm}}}
          - {id: fix, name: Fix, instruction: fix, rationale: holds the bone, instrument: driver, requires: [cut], critical: true}
          - {id: close, name: Close, instruction: close, rationale: seals the wound, instrument: needle}
        distractors:
          - {id: slip, name: Slip, consequence: damages tissue, critical: false}
        """;
}
