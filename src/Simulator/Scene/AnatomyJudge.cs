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
/// The depth gauge and the implant are judged over the last advanced pin: the gauge reads the drilled
/// depth, and the implant is tapped down that channel (see <see cref="TrajectoryAnalysis.AnalyseImplant"/>).
/// </remarks>
public sealed class AnatomyJudge : IGeometryJudge
{
    /// <summary>How far short of the pin tip the drill stops when a drill event does not say (the middle of the usual 5–15 mm).</summary>
    public const double DefaultShortOfPinTipMm = 10;

    /// <summary>Every measurement the judge derives from geometry (a raw value of the same name in an event is replaced).</summary>
    public static IReadOnlyList<string> DerivedMeasurements { get; } = new[]
    {
        "entry_offset_mm", "depth_mm", "angle_to_plan_deg", "foramen_clearance_mm", "bone_path_pct",
        "gauge_mm", "sacral_purchase_mm", "implant_proud_mm", "ilium_mm", "incision_offset_mm",
    };

    private readonly Lazy<Pelvis> _pelvis;

    private readonly Lazy<Vector3> _skinPoint;

    public AnatomyJudge(Func<Pelvis>? pelvis = null)
    {
        _pelvis = new Lazy<Pelvis>(pelvis ?? Pelvis.Build);
        _skinPoint = new Lazy<Vector3>(() => IncisionPlan.SkinPoint(_pelvis.Value));
    }

    /// <summary>The judge all app sessions share.</summary>
    public static AnatomyJudge Shared { get; } = new();

    public GeometryFindings Judge(Scenario scenario, string action, AttemptEvent ev, IReadOnlyList<EventVerdict> history) => action switch
    {
        StepActions.PinDock or StepActions.PinAdvance => JudgePin(action, ev),
        StepActions.DepthGauge => JudgeGauge(scenario, history),
        StepActions.Incision => JudgeIncision(ev),
        StepActions.Implant => JudgeImplant(scenario, ev, history),
        _ => GeometryFindings.None,
    };

    /// <summary>The implant size a depth-gauge reading calls for: the smallest of 30–70 mm (5 mm steps) at least as long as the drilled depth, so the head stands 0–5 mm proud.</summary>
    public static int ImplantSizeFor(double gaugeMm) => (int)Math.Clamp(Math.Ceiling(gaugeMm / 5.0 - 1e-9) * 5, 30, 70);

    private GeometryFindings JudgePin(string action, AttemptEvent ev)
    {
        if (Point(ev, "entry") is not { } entry || Point(ev, "tip") is not { } tip)
        {
            return GeometryFindings.None;
        }

        var f = TrajectoryAnalysis.Analyse(_pelvis.Value, entry, tip);
        var measurements = new Dictionary<string, double>
        {
            ["entry_offset_mm"] = Math.Round(f.EntryOffsetMm, 1),
        };
        if (action == StepActions.PinDock)
        {
            return new GeometryFindings(measurements, Array.Empty<string>());
        }

        measurements["depth_mm"] = Math.Round(f.DepthMm, 1);
        measurements["angle_to_plan_deg"] = Math.Round(f.AngleDeg, 1);
        measurements["foramen_clearance_mm"] = Math.Round(f.ForamenClearanceMm, 1);
        measurements["bone_path_pct"] = f.BonePathPercent;
        var breaches = f.Breaches.Select(d => d.Kind == DangerKind.BoneExit
            ? d.PlainLanguage
            : $"{d.PlainLanguage} (pin from [{Format(entry)}] to [{Format(tip)}] enters {d.Name})").ToList();
        return new GeometryFindings(measurements, breaches);
    }

    /// <summary>An incision with its ends on the skin: how far its middle lies from where the plan puts it, over the planned entries.</summary>
    private GeometryFindings JudgeIncision(AttemptEvent ev)
    {
        if (Point(ev, "start") is not { } start || Point(ev, "end") is not { } end)
        {
            return GeometryFindings.None;
        }

        var offset = Vector3.Distance((start + end) / 2, _skinPoint.Value);
        return new GeometryFindings(new Dictionary<string, double> { ["incision_offset_mm"] = Math.Round(offset, 1) }, Array.Empty<string>());
    }

    private static GeometryFindings JudgeGauge(Scenario scenario, IReadOnlyList<EventVerdict> history)
    {
        if (Channel(scenario, history) is not { } channel)
        {
            return GeometryFindings.None;
        }

        var reading = Math.Round(channel.DepthMm, 1);
        return new GeometryFindings(new Dictionary<string, double> { ["gauge_mm"] = reading }, Array.Empty<string>());
    }

    private GeometryFindings JudgeImplant(Scenario scenario, AttemptEvent ev, IReadOnlyList<EventVerdict> history)
    {
        if (Channel(scenario, history) is not { } channel || Number(ev, "length_mm") is not { } length)
        {
            return GeometryFindings.None;
        }

        var f = TrajectoryAnalysis.AnalyseImplant(_pelvis.Value, channel.Entry, channel.Tip, length, channel.DepthMm);
        var measurements = new Dictionary<string, double>
        {
            ["sacral_purchase_mm"] = f.SacralPurchaseMm,
            ["implant_proud_mm"] = f.ProudMm,
        };
        if (f.IliumMm is { } ilium)
        {
            measurements["ilium_mm"] = ilium;
        }

        return new GeometryFindings(measurements, Array.Empty<string>());
    }

    /// <summary>The channel the implant goes down: the last advanced pin since the last pin removal, drilled to its depth minus the drill's stop.</summary>
    private static (Vector3 Entry, Vector3 Tip, double DepthMm)? Channel(Scenario scenario, IReadOnlyList<EventVerdict> history)
    {
        double shortOfTip = DefaultShortOfPinTipMm;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var v = history[i];
            if (!v.Performed)
            {
                continue;
            }

            var action = scenario.FindStep(v.Event.Do)?.Action ?? scenario.FindDistractor(v.Event.Do)?.Action;
            if (action == StepActions.Drill && Number(v.Event, "short_of_pin_tip_mm") is { } s)
            {
                shortOfTip = s;
            }
            else if (action == StepActions.PinAdvance && Point(v.Event, "entry") is { } entry && Point(v.Event, "tip") is { } tip)
            {
                var depth = Vector3.Distance(entry, tip);
                return (entry, tip, Math.Max(0, depth - shortOfTip));
            }
            else if (action == StepActions.PinRemoval)
            {
                return null;
            }
        }

        return null;
    }

    private static string Format(Vector3 v) => FormattableString.Invariant($"{v.X:0.#}, {v.Y:0.#}, {v.Z:0.#}");

    private static double? Number(AttemptEvent e, string name) => e.With.TryGetValue(name, out var m) ? m.Number : null;

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;
}
