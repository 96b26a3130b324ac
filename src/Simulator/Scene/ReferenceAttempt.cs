using Simulator.Anatomy;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>
/// The model attempt: every reference step in order, each measurement at the centre of its target, and the
/// hands on the plan: the k-th pin docked and advanced along the k-th planned implant path, the k-th implant of
/// its planned size.
/// </summary>
/// <remarks>Measurements the geometry judge derives from the pins (depth, angle, clearance, purchase) replace the centres.</remarks>
public static class ReferenceAttempt
{
    /// <summary>How far a docked pin is tapped into the outer cortex, mm.</summary>
    public const float DockDepthMm = 6f;

    public static List<AttemptEvent> Events(Scenario scenario, Pelvis? pelvis = null)
    {
        pelvis ??= Pelvis.Build();
        var plan = ImplantPlan.Planned(scenario, pelvis);
        var events = new List<AttemptEvent>();
        var occurrence = new Dictionary<string, int>();
        var at = 0.0;
        foreach (var step in scenario.ExpandedReference())
        {
            at += 30;
            // What the judge derives for this action from the hands' geometry is left to it; the rest sits at the centre of its target.
            var with = step.Targets.Where(t => !ActionCatalog.Derives(step.Action, t.Name))
                .ToDictionary(t => t.Name, t => Measurement.Of(t.Centre));
            var k = occurrence[step.Action] = occurrence.GetValueOrDefault(step.Action) + 1;
            var kStep = occurrence["#" + step.Id] = occurrence.GetValueOrDefault("#" + step.Id) + 1;
            if (step.Action == StepActions.Incision && step.Targets.Any(t => t.Name == "incision_offset_mm"))
            {
                // On the skin over the step's site, in line with it, as long as the centre of the length target.
                var length = step.Targets.FirstOrDefault(t => t.Name == "length_mm")?.Centre ?? ProcedureDefaults.IncisionLengthMm;
                var centre = IncisionPlan.SkinPoint(pelvis, step.Site, 0, plan);
                var half = IncisionPlan.Axis(pelvis, step.Site, plan) * (float)(length / 2);
                with["start"] = Vec(centre - half);
                with["end"] = Vec(centre + half);
            }

            AddOpenApproach(step, kStep, pelvis, plan, with);
            if (plan.Count > 0 && step.Action is StepActions.PinDock or StepActions.PinAdvance or StepActions.Implant)
            {
                var p = plan[(k - 1) % plan.Count];
                switch (step.Action)
                {
                    case StepActions.PinDock:
                        with["entry"] = Vec(p.EntryMm);
                        with["tip"] = Vec(p.EntryMm + p.Axis * DockDepthMm);
                        break;
                    case StepActions.PinAdvance:
                        with["entry"] = Vec(p.EntryMm);
                        with["tip"] = Vec(p.TargetMm);
                        break;
                    default:
                        with["length_mm"] = Measurement.Of(p.ImplantLengthMm);
                        break;
                }
            }

            events.Add(new AttemptEvent(step.Id, at, with));
        }

        return events;
    }

    /// <summary>The hands of the marking and open-approach steps: on their site, on the planned window, through every bleeder.</summary>
    private static void AddOpenApproach(Step step, int k, Pelvis pelvis, IReadOnlyList<PlannedTrajectory> plan, Dictionary<string, Measurement> with)
    {
        var window = OpenApproach.WindowPlan(pelvis);
        switch (step.Action)
        {
            case StepActions.Marking:
                // The k-th mark of an implant-entry step (its k-th occurrence) marks the k-th planned entry.
                with["at"] = Vec(IncisionPlan.SkinPoint(pelvis, step.Site, k - 1, plan));
                break;
            case StepActions.Haemostasis:
                with["path"] = Flat(OpenApproach.Bleeders(pelvis));
                break;
            case StepActions.Osteotomy:
                with["start"] = Vec(window.At(-window.LengthMm / 2, -window.WidthMm / 2));
                with["end"] = Vec(window.At(window.LengthMm / 2, window.WidthMm / 2));
                break;
            case StepActions.Curettage:
                with["path"] = Flat(OpenApproach.SweepOf(window));
                break;
            case StepActions.Graft or StepActions.Block:
                with["at"] = Vec(window.Centre);
                break;
        }
    }

    private static Measurement Flat(IEnumerable<System.Numerics.Vector3> points) =>
        Measurement.Of(points.SelectMany(p => new[] { Math.Round(p.X, 2), Math.Round(p.Y, 2), Math.Round(p.Z, 2) }).ToArray());

    private static Measurement Vec(System.Numerics.Vector3 v) =>
        Measurement.Of(new[] { Math.Round(v.X, 2), Math.Round(v.Y, 2), Math.Round(v.Z, 2) });

    /// <summary>
    /// The model attempt up to and including <paramref name="after"/>: <c>STEP</c> (its last occurrence)
    /// or <c>STEP#k</c> (its k-th). Throws <see cref="InputException"/> naming the scenario for an unknown step.
    /// </summary>
    public static List<AttemptEvent> Until(Scenario scenario, string after)
    {
        var parts = after.Split('#', 2);
        var id = parts[0];
        var all = Events(scenario);
        var occurrences = all.Select((e, i) => (e, i)).Where(x => x.e.Do == id).Select(x => x.i).ToList();
        if (occurrences.Count == 0)
        {
            var known = scenario.Steps.Select(s => s.Id);
            var hint = Simulator.Core.Yaml.NodeReader.Suggest(id, known) is { } s ? $" (did you mean '{s}'?)" : "";
            throw new InputException(new Diagnostic(scenario.SourcePath, 0, 0, Severity.Error,
                $"--after: unknown step '{id}' in scenario '{scenario.Id}'{hint}"));
        }

        var k = occurrences.Count;
        if (parts.Length == 2 && (!int.TryParse(parts[1], out k) || k < 1 || k > occurrences.Count))
        {
            throw new InputException(new Diagnostic(scenario.SourcePath, 0, 0, Severity.Error,
                $"--after: step '{id}' is performed {occurrences.Count} time(s); '#{parts[1]}' is not one of 1–{occurrences.Count}"));
        }

        return all.Take(occurrences[k - 1] + 1).ToList();
    }
}
