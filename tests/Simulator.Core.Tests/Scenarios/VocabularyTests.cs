using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>A scenario's own vocabulary: its instruments (the implant and its lengths) and its planned paths.</summary>
public class VocabularyTests
{
    private const string Head = "id: v\ntitle: T\nsteps:\n  - {id: a}\n";

    private static List<string> Errors(string yaml) =>
        ScenarioLoader.LoadText(Head + yaml, "v.yaml").Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void Instruments_and_a_plan_are_read_with_lengths_as_a_range_or_a_list()
    {
        var s = ScenarioLoader.LoadText(Head + """
            instruments:
              - {id: wire, name: Guide wire, kind: pin, diameter_mm: 2.8}
              - {id: screw, name: Screw, kind: screw, diameter_mm: 7.3, lengths_mm: {min: 40, max: 60, step: 10}}
            plan:
              - {id: p1, name: Along S1, corridor: s1-left}
              - {id: p2, entry: psis-left, target: [1, 2.5, -3], radius_mm: 5, implant_length_mm: 45}
            """).ValueOrThrow();

        Assert.Equal(new[] { "wire", "screw" }, s.Instruments.Select(i => i.Id));
        Assert.Equal(new[] { 40, 50, 60 }, s.Implant!.LengthsMm);
        Assert.Equal((7.3, InstrumentKinds.Screw), (s.Implant.DiameterMm!.Value, s.Implant.Kind));
        Assert.Equal(("s1-left", "Along S1"), (s.Plan[0].Corridor, s.Plan[0].Name));
        Assert.Equal("psis-left", s.Plan[1].Entry!.Landmark);
        Assert.Equal(new[] { 1, 2.5, -3 }, s.Plan[1].Target!.Point);
        Assert.Equal((5.0, 45), (s.Plan[1].RadiusMm!.Value, s.Plan[1].ImplantLengthMm!.Value));

        var listed = ScenarioLoader.LoadText(Head + "instruments:\n  - {id: i, kind: triangular-implant, lengths_mm: [50, 30, 40, 30]}\n").ValueOrThrow();
        Assert.Equal(new[] { 30, 40, 50 }, listed.Implant!.LengthsMm);
    }

    [Fact]
    public void Mistakes_in_instruments_are_located_errors()
    {
        var errors = Errors("""
            instruments:
              - {id: a1, kind: hamer}
              - {id: a2, name: No kind}
              - {id: a3, kind: screw}
              - {id: a1, kind: pin, diameter_mm: 0}
            """);

        Assert.Contains("v.yaml:6:20: error: unknown kind 'hamer' of instrument 'a1'; one of: pin, drill, broach, depth-gauge, triangular-implant, screw, scalpel, dissector, marker, bipolar, osteotome, curette, impactor, c-arm, syringe, suture, other", errors);
        Assert.Contains(errors, e => e.StartsWith("v.yaml:7:5: error: instrument 'a2' is missing 'kind'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("v.yaml:8:5: error: implant 'a3' needs 'lengths_mm'", StringComparison.Ordinal));
        Assert.Contains("v.yaml:9:10: error: duplicate id 'a1' (first defined at 6:10)", errors);
        Assert.Contains("v.yaml:6:46: error: 'diameter_mm' of instrument 'w' must be more than 0 (got 0)",
            Errors("instruments:\n  - {id: w, kind: pin, name: W, diameter_mm: 0}\n"));
    }

    [Fact]
    public void A_planned_path_needs_a_corridor_or_both_points_and_a_scenario_one_implant()
    {
        var errors = Errors("""
            instruments:
              - {id: i1, kind: screw, lengths_mm: [40]}
              - {id: i2, kind: triangular-implant, lengths_mm: [40]}
            plan:
              - {id: p1, corridor: s1-left, entry: [0, 0, 0]}
              - {id: p2, entry: [0, 0, 0]}
              - {id: p3, entry: [0, 0], target: s1-endplate-centre}
            """);

        Assert.Contains("v.yaml:6:3: error: a scenario declares at most one implant (kind triangular-implant or screw); the depth gauge picks its length", errors);
        Assert.Contains("v.yaml:9:24: error: planned path 'p1' names a corridor and points; give either 'corridor' or 'entry' and 'target'", errors);
        Assert.Contains("v.yaml:10:5: error: planned path 'p2' needs 'corridor', or both 'entry' and 'target' (a landmark name or [x, y, z] in mm)", errors);
        Assert.Contains(errors, e => e.StartsWith("v.yaml:11:21: error: 'entry' of planned path 'p3' must be a landmark name or a point [x, y, z]", StringComparison.Ordinal));
    }
}
