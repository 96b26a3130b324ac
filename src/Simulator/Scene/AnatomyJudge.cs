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
        "gauge_mm", "sacral_purchase_mm", "implant_proud_mm", "ilium_mm", "incision_offset_mm", "mark_offset_mm",
        "bleeders_sealed_pct", "width_mm", "length_along_joint_mm", "window_offset_mm", "notch_margin_mm", "cartilage_removed_pct",
        "graft_outside_window_mm", "block_outside_window_mm",
    };

    /// <summary>How many judged pins a judge remembers by default (see <see cref="AnatomyJudge(Func{Pelvis}?, int)"/>).</summary>
    public const int DefaultRememberedPins = 4096;

    private readonly Lazy<Pelvis> _pelvis;
    private readonly BoundedMemo<PinKey, GeometryFindings> _pins;

    /// <summary>A judge over the pelvis <paramref name="pelvis"/> builds (the standard one by default), built when first needed.</summary>
    /// <param name="pelvis">Builds the anatomy (null: <see cref="Pelvis.Build"/>).</param>
    /// <param name="rememberedPins">
    /// How many judged pins it remembers: a pin docked or advanced again on exactly the same entry and tip against the same plan
    /// (a replayed or re-scored attempt, a redo back onto the same line) gets the findings already computed instead of a second
    /// analysis along its path. All are forgotten once that many are held; 0 remembers none.
    /// </param>
    public AnatomyJudge(Func<Pelvis>? pelvis = null, int rememberedPins = DefaultRememberedPins)
    {
        _pelvis = new Lazy<Pelvis>(pelvis ?? Pelvis.Build);
        _pins = new BoundedMemo<PinKey, GeometryFindings>(rememberedPins);
    }

    /// <summary>The judge all app sessions share.</summary>
    public static AnatomyJudge Shared { get; } = new();

    public GeometryFindings Judge(Scenario scenario, string action, AttemptEvent ev, IReadOnlyList<EventVerdict> history) => action switch
    {
        StepActions.PinDock or StepActions.PinAdvance => JudgePin(scenario, action, ev),
        StepActions.DepthGauge => JudgeGauge(scenario, history),
        StepActions.Incision => JudgeIncision(scenario, ev),
        StepActions.Implant => JudgeImplant(scenario, ev, history),
        StepActions.Marking => JudgeMark(scenario, ev, history),
        StepActions.Haemostasis => JudgeHaemostasis(ev),
        StepActions.Osteotomy => JudgeWindow(ev),
        StepActions.Curettage => JudgeCurettage(scenario, ev, history),
        StepActions.Graft => JudgeInWindow(scenario, ev, history, "graft_outside_window_mm"),
        StepActions.Block => JudgeInWindow(scenario, ev, history, "block_outside_window_mm"),
        _ => GeometryFindings.None,
    };

    /// <summary>The implant size a depth-gauge reading calls for: the smallest of 30–70 mm (5 mm steps) at least as long as the drilled depth, so the head stands 0–5 mm proud.</summary>
    public static int ImplantSizeFor(double gaugeMm) => ImplantSizeFor(gaugeMm, Pelvis.DefaultImplantLengthsMm);

    /// <summary>The implant size a depth-gauge reading calls for: the smallest of <paramref name="lengthsMm"/> at least as long as the drilled depth (the longest if none is).</summary>
    public static int ImplantSizeFor(double gaugeMm, IReadOnlyList<int> lengthsMm)
    {
        var fits = lengthsMm.Where(l => l >= gaugeMm - 1e-9).ToList();
        return fits.Count > 0 ? fits.Min() : lengthsMm.Max();
    }

    private GeometryFindings JudgePin(Scenario scenario, string action, AttemptEvent ev)
    {
        if (Point(ev, "entry") is not { } entry || Point(ev, "tip") is not { } tip)
        {
            return GeometryFindings.None;
        }

        var key = new PinKey(ImplantPlan.Planned(scenario, _pelvis.Value), action, PointBits.Of(entry), PointBits.Of(tip));
        return _pins.GetOrAdd(key, static (key, judge) => judge.AnalysePin(key.Plan, key.Action, key.Entry, key.Tip), this);
    }

    /// <summary>The findings of a pin from <paramref name="entryBits"/> to <paramref name="tipBits"/> against <paramref name="plan"/>.</summary>
    private GeometryFindings AnalysePin(IReadOnlyList<PlannedTrajectory> plan, string action, PointBits entryBits, PointBits tipBits)
    {
        var (entry, tip) = (entryBits.ToVector3(), tipBits.ToVector3());
        var f = TrajectoryAnalysis.Analyse(_pelvis.Value, entry, tip, plan);
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
            : $"{d.PlainLanguage} (pin from [{Format(entry)}] to [{Format(tip)}] enters {d.Name})").ToArray();
        return new GeometryFindings(measurements, breaches);
    }

    /// <summary>What a pin's findings depend on: the plan (by reference: plans are resolved once per scenario), the action, and the exact entry and tip.</summary>
    private readonly record struct PinKey(IReadOnlyList<PlannedTrajectory> Plan, string Action, PointBits Entry, PointBits Tip);

    /// <summary>An incision with its ends on the skin: how far its middle lies from the skin over its step's site (the planned entries by default).</summary>
    private GeometryFindings JudgeIncision(Scenario scenario, AttemptEvent ev)
    {
        if (Point(ev, "start") is not { } start || Point(ev, "end") is not { } end)
        {
            return GeometryFindings.None;
        }

        var site = scenario.FindStep(ev.Do)?.Site ?? "";
        return Found("incision_offset_mm", IncisionPlan.OffsetMm(_pelvis.Value, site, 0, (start + end) / 2, ImplantPlan.Planned(scenario, _pelvis.Value)));
    }

    /// <summary>A skin mark: how far it lies from its site; the k-th mark of an <c>implant-entry</c> step is judged against the k-th planned entry.</summary>
    private GeometryFindings JudgeMark(Scenario scenario, AttemptEvent ev, IReadOnlyList<EventVerdict> history)
    {
        if (Point(ev, "at") is not { } at)
        {
            return GeometryFindings.None;
        }

        var site = scenario.FindStep(ev.Do)?.Site ?? "";
        var performed = VerdictHistory.Of(scenario, history).PerformedCount(ev.Do);
        var slot = ev.Redo ? Math.Max(0, performed - 1) : performed;
        return Found("mark_offset_mm", IncisionPlan.OffsetMm(_pelvis.Value, site, slot, at, ImplantPlan.Planned(scenario, _pelvis.Value)));
    }

    /// <summary>Bipolar strokes over the exposed outer table: the share of its bleeding points they sealed.</summary>
    private GeometryFindings JudgeHaemostasis(AttemptEvent ev) =>
        Path(ev, "path") is { Count: > 0 } path ? Found("bleeders_sealed_pct", OpenApproach.SealedPct(_pelvis.Value, path)) : GeometryFindings.None;

    /// <summary>The window outlined from corner <c>start</c> to corner <c>end</c>: its size, where it lies against the plan, and its margin from the notch.</summary>
    private GeometryFindings JudgeWindow(AttemptEvent ev)
    {
        if (Outline(ev) is not { } cut)
        {
            return GeometryFindings.None;
        }

        var plan = OpenApproach.WindowPlan(_pelvis.Value);
        return new GeometryFindings(new Dictionary<string, double>
        {
            ["width_mm"] = Math.Round(cut.WidthMm, 1),
            ["length_along_joint_mm"] = Math.Round(cut.LengthMm, 1),
            ["window_offset_mm"] = OpenApproach.CentreOffsetMm(plan, cut),
            ["notch_margin_mm"] = OpenApproach.NotchMarginMm(_pelvis.Value, cut),
        }, Array.Empty<string>());
    }

    /// <summary>Curette strokes through the window: the share of the joint surface it exposes that they cleared (0 with no window cut).</summary>
    private GeometryFindings JudgeCurettage(Scenario scenario, AttemptEvent ev, IReadOnlyList<EventVerdict> history)
    {
        if (Path(ev, "path") is not { Count: > 0 } path)
        {
            return GeometryFindings.None;
        }

        var window = LastWindow(scenario, history);
        return Found("cartilage_removed_pct", window is null ? 0 : OpenApproach.ClearedPct(window, path));
    }

    /// <summary>Graft or block placed at <c>at</c>: how far outside the cut window it went (0 inside).</summary>
    private GeometryFindings JudgeInWindow(Scenario scenario, AttemptEvent ev, IReadOnlyList<EventVerdict> history, string name)
    {
        if (Point(ev, "at") is not { } at || LastWindow(scenario, history) is not { } window)
        {
            return GeometryFindings.None;
        }

        return Found(name, OpenApproach.OutsideMm(window, at));
    }

    /// <summary>The window of the last performed osteotomy, or null if none was cut.</summary>
    private IliacWindow? LastWindow(Scenario scenario, IReadOnlyList<EventVerdict> history)
    {
        var indexed = VerdictHistory.Of(scenario, history);
        var osteotomies = indexed.PerformedIndices(StepActions.Osteotomy);
        for (var i = osteotomies.Count - 1; i >= 0; i--)
        {
            if (Outline(indexed[osteotomies[i]].Event) is { } cut)
            {
                return cut;
            }
        }

        return null;
    }

    private IliacWindow? Outline(AttemptEvent ev) => Point(ev, "start") is { } a && Point(ev, "end") is { } b
        ? IliacWindow.Outlined(OpenApproach.WindowPlan(_pelvis.Value), a, b)
        : null;

    private static GeometryFindings Found(string name, double value) =>
        new(new Dictionary<string, double> { [name] = value }, Array.Empty<string>());

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
    /// <remarks>The drill's stop is that of the first drill after the pin that gives one (the drill that made the channel), else the default.</remarks>
    private static (Vector3 Entry, Vector3 Tip, double DepthMm)? Channel(Scenario scenario, IReadOnlyList<EventVerdict> history)
    {
        var indexed = VerdictHistory.Of(scenario, history);
        var removals = indexed.PerformedIndices(StepActions.PinRemoval);
        var lastRemoval = removals.Count > 0 ? removals[^1] : -1;
        var advances = indexed.PerformedIndices(StepActions.PinAdvance);
        for (var i = advances.Count - 1; i >= 0 && advances[i] > lastRemoval; i--)
        {
            var pin = indexed[advances[i]].Event;
            if (Point(pin, "entry") is { } entry && Point(pin, "tip") is { } tip)
            {
                var depth = Vector3.Distance(entry, tip);
                return (entry, tip, Math.Max(0, depth - ShortOfTip(indexed, advances[i])));
            }
        }

        return null;
    }

    /// <summary>How far short of the pin tip the first drill after position <paramref name="pin"/> that says so stopped (the default if none says).</summary>
    private static double ShortOfTip(VerdictHistory history, int pin)
    {
        var drills = history.PerformedIndices(StepActions.Drill);
        var first = FirstAfter(drills, pin);
        for (var i = first; i < drills.Count; i++)
        {
            if (Number(history[drills[i]].Event, "short_of_pin_tip_mm") is { } s)
            {
                return s;
            }
        }

        return DefaultShortOfPinTipMm;
    }

    /// <summary>The first place in the ascending <paramref name="indices"/> whose value is above <paramref name="position"/> (their count if none is).</summary>
    private static int FirstAfter(IReadOnlyList<int> indices, int position)
    {
        int lo = 0, hi = indices.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (indices[mid] > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static string Format(Vector3 v) => FormattableString.Invariant($"{v.X:0.#}, {v.Y:0.#}, {v.Z:0.#}");

    private static double? Number(AttemptEvent e, string name) => e.With.TryGetValue(name, out var m) ? m.Number : null;

    /// <summary>A stroke logged as a flat list of coordinates, x, y, z for each point.</summary>
    private static List<Vector3>? Path(AttemptEvent e, string name)
    {
        if (!e.With.TryGetValue(name, out var m) || m.Vector is not { Count: > 0 } v || v.Count % 3 != 0)
        {
            return null;
        }

        var points = new List<Vector3>(v.Count / 3);
        for (var i = 0; i < v.Count; i += 3)
        {
            points.Add(new Vector3((float)v[i], (float)v[i + 1], (float)v[i + 2]));
        }

        return points;
    }

    private static Vector3? Point(AttemptEvent e, string name) =>
        e.With.TryGetValue(name, out var m) && m.Vector is { Count: 3 } v ? new Vector3((float)v[0], (float)v[1], (float)v[2]) : null;
}
