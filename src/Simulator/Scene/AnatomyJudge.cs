using System.Numerics;
using Simulator.Anatomy;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Scene;

/// <summary>The geometry judge backed by the anatomical model: pin entry and tip → technique figures and breaches.</summary>
/// <remarks>
/// Used by every session the app runs (window, terminal, scripts, score, replay), so raw coordinates in a
/// script are judged exactly as a live session's. The pelvis is built only when a pin event needs it.
/// </remarks>
public sealed class AnatomyJudge : IGeometryJudge
{
    private readonly Lazy<Pelvis> _pelvis;

    public AnatomyJudge(Func<Pelvis>? pelvis = null) => _pelvis = new Lazy<Pelvis>(pelvis ?? Pelvis.Build);

    /// <summary>The judge all app sessions share.</summary>
    public static AnatomyJudge Shared { get; } = new();

    public GeometryFindings Judge(Step step, AttemptEvent ev)
    {
        if (step.Action is not (StepActions.PinDock or StepActions.PinAdvance)
            || Point(ev, "entry") is not { } entry || Point(ev, "tip") is not { } tip)
        {
            return GeometryFindings.None;
        }

        var f = TrajectoryAnalysis.Analyse(_pelvis.Value, entry, tip);
        var measurements = new Dictionary<string, double>
        {
            ["entry_offset_mm"] = Math.Round(f.EntryOffsetMm, 1),
        };
        if (step.Action == StepActions.PinDock)
        {
            return new GeometryFindings(measurements, Array.Empty<string>());
        }

        measurements["depth_mm"] = Math.Round(f.DepthMm, 1);
        measurements["angle_to_plan_deg"] = Math.Round(f.AngleDeg, 1);
        measurements["foramen_clearance_mm"] = Math.Round(f.ForamenClearanceMm, 1);
        measurements["bone_path_pct"] = f.BonePathPercent;
        var breaches = f.Breaches.Select(d => $"{d.PlainLanguage} (pin from [{Format(entry)}] to [{Format(tip)}] enters {d.Name})").ToList();
        return new GeometryFindings(measurements, breaches);
    }

    private static string Format(Vector3 v) => FormattableString.Invariant($"{v.X:0.#}, {v.Y:0.#}, {v.Z:0.#}");

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;
}
