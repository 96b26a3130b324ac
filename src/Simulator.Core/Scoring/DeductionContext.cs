using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Scoring;

/// <summary>Turns each component's lost points into itemised deductions.</summary>
/// <remarks>
/// A component with weight w and score s loses 100 × w × (1 − s) / Σw points; those points are
/// shared among the component's items in proportion to each item's share of the shortfall (one edit
/// operation, one violated pair, one missing occurrence, ...), so the deductions add up to
/// 100 − total before rounding. Where a component is scaled by coverage, the shortfall splits into
/// the part the mistakes cost and the part the steps not performed cost, and each item is weighted
/// by its exact share of that.
/// </remarks>
internal sealed class DeductionContext
{
    private const string NothingDone = "no step of the procedure was performed";

    private readonly Scenario _scenario;
    private readonly ComponentScores _components;
    private readonly Coverage _coverage;
    private readonly Dictionary<string, string> _quoted = new();

    public DeductionContext(Scenario scenario, ComponentScores components, Coverage coverage)
    {
        _scenario = scenario;
        _components = components;
        _coverage = coverage;
    }

    public IEnumerable<Deduction> Sequence(IReadOnlyList<EditOperation> alignment, IReadOnlyList<string> performed, IReadOnlyList<string> reference)
    {
        var items = new List<Item>();
        foreach (var op in alignment)
        {
            switch (op.Kind)
            {
                case EditKind.Substitute:
                    var expected = reference[op.IndexB!.Value];
                    items.Add(new(1, $"{Q(performed[op.IndexA!.Value])} performed where {Q(expected)} was expected", expected, RationaleOf(expected)));
                    break;
                case EditKind.Delete:
                    var extra = performed[op.IndexA!.Value];
                    items.Add(new(1, $"extra {Q(extra)}", extra, RationaleOf(extra)));
                    break;
                case EditKind.Insert:
                    var missing = reference[op.IndexB!.Value];
                    items.Add(new(1, $"{Q(missing)} missing", missing, RationaleOf(missing)));
                    break;
                case EditKind.Transpose:
                    var firstId = reference[op.IndexB!.Value];
                    var secondId = reference[op.IndexB.Value + 1];
                    items.Add(new(1, $"{Q(firstId)} and {Q(secondId)} swapped", firstId, RationaleOf(firstId)));
                    break;
            }
        }

        return Distribute(DeductionComponents.Sequence, _components.Sequence, items);
    }

    /// <summary>Precedence = adherence × coverage: each violated pair weighs coverage / comparable pairs, each missing occurrence 1 / expected.</summary>
    public IEnumerable<Deduction> Precedence(IReadOnlyList<(string Before, string After)> violated, int comparable)
    {
        var items = violated
            .Select(p => new Item(_coverage.Share / comparable, $"{Q(p.After)} first performed before {Q(p.Before)}, which must come first", p.Before, RationaleOf(p.Before)))
            .Concat(NotPerformed("order"))
            .ToList();
        return Distribute(DeductionComponents.Precedence, _components.Precedence, items);
    }

    public IEnumerable<Deduction> Completeness(IReadOnlyList<StepCount> omitted) =>
        Distribute(
            DeductionComponents.Completeness,
            _components.Completeness,
            omitted.Select(o => new Item(o.Expected - o.Performed, $"{Q(o.Id)} omitted: performed {o.Performed} of {o.Expected}", o.Id, RationaleOf(o.Id))).ToList());

    /// <summary>Counted entries weigh 1 − credit, expected entries not performed weigh 1; without targets, the missing occurrences.</summary>
    public IEnumerable<Deduction> Technique(IReadOnlyList<TechniqueEntry> entries)
    {
        List<Item> items;
        if (TechniqueScoring.ExpectedEntries(_coverage) == 0)
        {
            items = NotPerformed("technique").ToList();
        }
        else
        {
            items = entries
                .Where(t => t.Credit < 1 && TechniqueScoring.Counts(t, _coverage))
                .Select(t => new Item(1.0 - t.Credit, Describe(t), t.Step, RationaleOf(t.Step)))
                .ToList();
            foreach (var s in _coverage.Steps.Where(s => s.Missing > 0))
            {
                for (var k = s.Done + 1; k <= s.Expected; k++)
                {
                    items.AddRange(s.Step.Targets.Select(t =>
                        new Item(1, $"{Q(s.Step.Id)} #{k} not performed: no {t.Name} to credit", s.Step.Id, s.Step.Rationale)));
                }
            }
        }

        return Distribute(DeductionComponents.Technique, _components.Technique, items);
    }

    /// <summary>Economy = coverage × waste factor: waste items share coverage × (1 − factor), missing occurrences share 1 − coverage.</summary>
    public IEnumerable<Deduction> Economy(
        IReadOnlyList<ExtraAction> extras, IReadOnlyList<StepCount> repeated, IReadOnlyList<EventVerdict> redos, int shotsOverCap, int shotCap, double wasteFactor)
    {
        var waste = extras
            .Select(x => new Item(1.0, $"extra action {Q(x.Id)} at {VerdictScorer.Number(x.AtSeconds)} s", x.Id, ""))
            .Concat(repeated.Select(r => new Item(r.Performed - r.Expected, $"{Q(r.Id)} performed {r.Performed} times, expected {r.Expected}", r.Id, RationaleOf(r.Id))))
            .Concat(redos.Select(r => new Item(1.0, $"{Q(r.Event.Do)} #{r.Redoes} redone at {VerdictScorer.Number(r.Event.At)} s: withdrawn and done again", r.Event.Do, RationaleOf(r.Event.Do))))
            .ToList();
        if (shotsOverCap > 0)
        {
            waste.Add(new(shotsOverCap, $"{shotsOverCap} C-arm shot(s) beyond the scenario's limit of {shotCap}: every shot is radiation for the patient and the team", "", ""));
        }

        var wasteTotal = waste.Sum(i => i.Weight);
        var wasteShare = _coverage.Share * (1.0 - wasteFactor);
        var items = waste
            .Select(i => i with { Weight = wasteShare * i.Weight / wasteTotal })
            .Concat(NotPerformed("economy"))
            .ToList();
        return Distribute(DeductionComponents.Economy, _components.Economy, items);
    }

    private string Describe(TechniqueEntry t)
    {
        var target = new Target(t.Measurement, t.Min, t.Max, t.Unit, t.Critical);
        var limit = t.Critical ? "safety limit" : "target";
        return t.Value is { } v
            ? $"{Q(t.Step)} #{t.Occurrence}: {t.Measurement} {target.OutsideText(v)} by {$"{VerdictScorer.Number(t.By)} {t.Unit}".TrimEnd()}{(t.Critical ? " (safety limit: no credit)" : "")}"
            : $"{Q(t.Step)} #{t.Occurrence}: {t.Measurement} not recorded ({limit} {target.RangeText})";
    }

    /// <summary>One item per reference step performed fewer times than expected, weighing its share of 1 − coverage.</summary>
    private IEnumerable<Item> NotPerformed(string credit)
    {
        if (_coverage.Expected == 0)
        {
            return new[] { new Item(1, NothingDone, "", "") };
        }

        return _coverage.Steps
            .Where(s => s.Missing > 0)
            .Select(s => new Item(
                (double)s.Missing / _coverage.Expected,
                s.Done == 0
                    ? $"{Q(s.Step.Id)} not performed: no {credit} credit for it"
                    : $"{Q(s.Step.Id)} performed {s.Done} of {s.Expected} times: no {credit} credit for the rest",
                s.Step.Id,
                s.Step.Rationale));
    }

    private string RationaleOf(string id) => _scenario.FindStep(id)?.Rationale ?? "";

    /// <summary>A step or distractor by its name, in quotes: deductions name steps as the trainee knows them, never by id.</summary>
    /// <remarks>Written once per id: a long attempt names the same few steps in thousands of deductions.</remarks>
    private string Q(string id)
    {
        if (!_quoted.TryGetValue(id, out var quoted))
        {
            _quoted[id] = quoted = $"\"{Names.Of(_scenario, id)}\"";
        }

        return quoted;
    }

    private IEnumerable<Deduction> Distribute(string component, double score, IReadOnlyList<Item> items)
    {
        var lost = 100.0 * _scenario.Weights[component] * (1.0 - score) / _scenario.Weights.Sum;
        var kept = items.Where(i => i.Weight > 0).ToList();
        if (kept.Count == 0 && lost > 0 && _coverage.Expected == 0)
        {
            kept.Add(new Item(1, NothingDone, "", ""));
        }

        var totalWeight = kept.Sum(i => i.Weight);
        if (totalWeight <= 0)
        {
            return Array.Empty<Deduction>();
        }

        return kept.Select(i => new Deduction(component, lost * i.Weight / totalWeight, i.Reason, i.Step, i.Rationale)).ToList();
    }

    private sealed record Item(double Weight, string Reason, string Step, string Rationale);
}
