using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Turns each component's lost points into itemised deductions.</summary>
/// <remarks>
/// A component with weight w and score s loses 100 × w × (1 − s) / Σw points; those points are
/// shared among the component's items in proportion to each item's share of the shortfall (one edit
/// operation, one violated pair, one missing occurrence, ...), so the deductions add up to
/// 100 − total before rounding.
/// </remarks>
internal sealed class DeductionContext
{
    private readonly Scenario _scenario;
    private readonly ComponentScores _components;

    public DeductionContext(Scenario scenario, ComponentScores components)
    {
        _scenario = scenario;
        _components = components;
    }

    public IEnumerable<Deduction> Sequence(IReadOnlyList<EditOperation> alignment, IReadOnlyList<string> performed, IReadOnlyList<string> reference)
    {
        var items = new List<(double, string, string, string)>();
        foreach (var op in alignment)
        {
            switch (op.Kind)
            {
                case EditKind.Substitute:
                    var expected = reference[op.IndexB!.Value];
                    items.Add((1, $"'{performed[op.IndexA!.Value]}' performed where '{expected}' was expected", expected, RationaleOf(expected)));
                    break;
                case EditKind.Delete:
                    var extra = performed[op.IndexA!.Value];
                    items.Add((1, $"extra '{extra}'", extra, RationaleOf(extra)));
                    break;
                case EditKind.Insert:
                    var missing = reference[op.IndexB!.Value];
                    items.Add((1, $"'{missing}' missing", missing, RationaleOf(missing)));
                    break;
                case EditKind.Transpose:
                    var firstId = reference[op.IndexB!.Value];
                    var secondId = reference[op.IndexB.Value + 1];
                    items.Add((1, $"'{firstId}' and '{secondId}' swapped", firstId, RationaleOf(firstId)));
                    break;
            }
        }

        return Distribute(DeductionComponents.Sequence, _components.Sequence, items);
    }

    public IEnumerable<Deduction> Precedence(IReadOnlyList<(string Before, string After)> violated) =>
        Distribute(
            DeductionComponents.Precedence,
            _components.Precedence,
            violated.Select(p => (1.0, $"'{p.After}' first performed before '{p.Before}', which must come first", p.Before, RationaleOf(p.Before))).ToList());

    public IEnumerable<Deduction> Completeness(IReadOnlyList<StepCount> omitted) =>
        Distribute(
            DeductionComponents.Completeness,
            _components.Completeness,
            omitted.Select(o => ((double)(o.Expected - o.Performed), $"'{o.Id}' omitted: performed {o.Performed} of {o.Expected}", o.Id, RationaleOf(o.Id))).ToList());

    public IEnumerable<Deduction> Technique(IReadOnlyList<TechniqueEntry> entries) =>
        Distribute(
            DeductionComponents.Technique,
            _components.Technique,
            entries.Where(t => t.Credit < 1).Select(t => (1.0 - t.Credit, Describe(t), t.Step, RationaleOf(t.Step))).ToList());

    public IEnumerable<Deduction> Economy(IReadOnlyList<ExtraAction> extras, IReadOnlyList<StepCount> repeated, int shotsOverCap = 0, int shotCap = 0)
    {
        var items = extras
            .Select(x => (1.0, $"extra action '{x.Id}' at {Scorer.Number(x.AtSeconds)} s", x.Id, ""))
            .Concat(repeated.Select(r => ((double)(r.Performed - r.Expected), $"'{r.Id}' performed {r.Performed} times, expected {r.Expected}", r.Id, RationaleOf(r.Id))))
            .ToList();
        if (shotsOverCap > 0)
        {
            items.Add(((double)shotsOverCap, $"{shotsOverCap} C-arm shot(s) beyond the scenario's limit of {shotCap}: every shot is radiation for the patient and the team", "", ""));
        }

        return Distribute(DeductionComponents.Economy, _components.Economy, items);
    }

    private static string Describe(TechniqueEntry t)
    {
        var range = $"{Scorer.Number(t.Min)}–{Scorer.Number(t.Max)} {t.Unit}".TrimEnd();
        return t.Value is { } v
            ? $"'{t.Step}' #{t.Occurrence}: {t.Measurement} {Scorer.Number(v)} {t.Unit} outside {range} by {Scorer.Number(t.By)} {t.Unit}".TrimEnd()
            : $"'{t.Step}' #{t.Occurrence}: {t.Measurement} not recorded (target {range})";
    }

    private string RationaleOf(string id) => _scenario.FindStep(id)?.Rationale ?? "";

    private IEnumerable<Deduction> Distribute(
        string component, double score, IReadOnlyList<(double Weight, string Reason, string Step, string Rationale)> items)
    {
        var lost = 100.0 * _scenario.Weights[component] * (1.0 - score) / _scenario.Weights.Sum;
        var totalWeight = items.Sum(i => i.Weight);
        if (totalWeight <= 0)
        {
            return Array.Empty<Deduction>();
        }

        return items.Select(i => new Deduction(component, lost * i.Weight / totalWeight, i.Reason, i.Step, i.Rationale)).ToList();
    }
}
