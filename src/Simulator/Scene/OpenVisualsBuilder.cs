using System.Numerics;
using Simulator.Anatomy;
using Simulator.Core.Attempts;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Scene;

namespace Simulator.App.Scene;

/// <summary>Turns marking and open-approach events into what the scene shows: skin marks, sealed bleeders, the window, curettage, graft, block.</summary>
/// <remarks>
/// The geometry is the judge's (<see cref="OpenApproach"/>, <see cref="IliacWindow"/>, <see cref="IncisionPlan"/>), so the window drawn
/// is the window measured. Bleeders and the planned window exist only in scenarios with an open-approach action.
/// </remarks>
public sealed class OpenVisualsBuilder
{
    private static readonly string[] OpenActions =
    {
        StepActions.Haemostasis, StepActions.Osteotomy, StepActions.Curettage, StepActions.Graft, StepActions.Block,
    };

    private readonly Pelvis _pelvis;
    private readonly IliacWindow? _plan;
    private readonly Vector3[] _plannedMarks;

    /// <param name="scenario">The scenario: its marking steps and whether it has an open approach.</param>
    /// <param name="pelvis">The anatomy.</param>
    /// <param name="plan">The scenario's planned paths (the implant-entry marks belong over their entries).</param>
    public OpenVisualsBuilder(Scenario scenario, Pelvis pelvis, IReadOnlyList<PlannedTrajectory>? plan = null)
    {
        _pelvis = pelvis;
        var actions = scenario.Steps.Select(s => s.Action).Concat(scenario.Distractors.Select(d => d.Action)).ToHashSet();
        _plan = OpenActions.Any(actions.Contains) ? OpenApproach.WindowPlan(pelvis) : null;
        // Where each mark of each marking step belongs: the k-th mark of an implant-entry step over the k-th planned entry.
        _plannedMarks = scenario.Steps.Where(s => s.Action == StepActions.Marking)
            .SelectMany(s => Enumerable.Range(0, s.Site == "implant-entry" ? s.ExpectedCount : 1).Select(k => IncisionPlan.SkinPoint(pelvis, s.Site, k, plan)))
            .Distinct()
            .Take(OpenApproachVisuals.MaxMarks)
            .ToArray();
    }

    /// <summary>The planned window, or null when the scenario has no open approach.</summary>
    public IliacWindow? Plan => _plan;

    /// <summary>Puts what belongs to the patient before anything is done: the plan, where the marks go, the bleeding points.</summary>
    public void Prepare(OpenApproachVisuals open)
    {
        ArgumentNullException.ThrowIfNull(open);
        open.BipolarReachMm = OpenApproach.BipolarReachMm;
        open.CuretteReachMm = OpenApproach.CuretteReachMm;
        open.Plan = _plan is { } plan ? Shape(plan) : null;
        open.PlannedMarks.Clear();
        open.PlannedMarks.AddRange(_plannedMarks);
        open.Bleeders.Clear();
        if (_plan is not null)
        {
            open.Bleeders.AddRange(OpenApproach.Bleeders(_pelvis).Take(OpenApproachVisuals.MaxBleeders).Select(b => new Bleeder(b, false)));
        }
    }

    /// <summary>Applies one performed event of <paramref name="action"/>; returns false for actions this builder does not draw.</summary>
    public bool Apply(OpenApproachVisuals open, string action, AttemptEvent e)
    {
        ArgumentNullException.ThrowIfNull(open);
        switch (action)
        {
            case StepActions.Marking when Point(e, "at") is { } at:
                if (open.Marks.Count == OpenApproachVisuals.MaxMarks)
                {
                    open.Marks.RemoveAt(open.Marks.Count - 1);
                }

                open.Marks.Add(at);
                return true;
            case StepActions.Haemostasis when Path(e) is { Length: > 0 } path:
                for (var i = 0; i < open.Bleeders.Count; i++)
                {
                    open.Bleeders[i] = open.Bleeders[i] with { Sealed = open.Bleeders[i].Sealed || OpenApproach.Sealed(open.Bleeders[i].PointMm, path) };
                }

                return true;
            case StepActions.Osteotomy when _plan is { } plan && Point(e, "start") is { } a && Point(e, "end") is { } b:
                open.Window = Shape(IliacWindow.Outlined(plan, a, b));
                return true;
            case StepActions.Curettage when Path(e) is { Length: > 0 } path:
                open.Strokes.Add(path);
                return true;
            case StepActions.Graft when Point(e, "at") is { } at:
                open.GraftMm = at;
                return true;
            case StepActions.Block when Point(e, "at") is { } at:
                open.BlockMm = at;
                open.BlockCountersinkMm = e.With.TryGetValue("countersink_mm", out var m) && m.Number is { } sink ? (float)sink : 0f;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The window as the scene draws it: the rectangle, cut through the ilium down to the joint.</summary>
    public WindowShape Shape(IliacWindow window) =>
        new(window.Centre, window.Normal, window.Along, window.Across, window.LengthMm, window.WidthMm, IliumDepthMm(window.Centre, window.Normal));

    /// <summary>How thick the ilium is under <paramref name="centre"/> along −<paramref name="normal"/>: from the outer table to the joint, mm.</summary>
    private float IliumDepthMm(Vector3 centre, Vector3 normal)
    {
        float? entered = null;
        for (var d = -15f; d <= 45f; d += 0.5f)
        {
            var inBone = _pelvis.IsInBone(centre - normal * d);
            if (inBone)
            {
                entered ??= d;
            }
            else if (entered is not null)
            {
                return Math.Clamp(d, 5f, 40f);
            }
        }

        return 20f;
    }

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;

    /// <summary>A stroke logged as a flat list x, y, z, x, y, z, …</summary>
    private static Vector3[]? Path(AttemptEvent e)
    {
        if (!e.With.TryGetValue("path", out var m) || m.Vector is not { Count: > 0 } v || v.Count % 3 != 0)
        {
            return null;
        }

        var points = new Vector3[v.Count / 3];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new Vector3((float)v[3 * i], (float)v[3 * i + 1], (float)v[3 * i + 2]);
        }

        return points;
    }
}
