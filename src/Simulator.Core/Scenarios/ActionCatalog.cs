namespace Simulator.Core.Scenarios;

/// <summary>
/// For every step action: the gesture that performs it in the trainer window, the measurements the window reads
/// from the hands and puts in the event, and those the geometry judge derives from where the hands went.
/// </summary>
/// <remarks>
/// A target is scored from the event's value of the same name; a name no source produces for the step's action is
/// never measured in the window (only a script can supply it), which <c>simulator check</c> reports. The derived
/// names of all actions together are the judge's list (<c>AnatomyJudge.DerivedMeasurements</c>, tested), and a derived
/// value replaces a value of the same name the event carries.
/// </remarks>
public static class ActionCatalog
{
    /// <summary>One action's entry.</summary>
    /// <param name="Action">The action name (one of <see cref="StepActions.All"/>).</param>
    /// <param name="Gesture">How the trainee performs it in the window, in one line.</param>
    /// <param name="Reads">Measurements the window reads from the hands (the tool's setting or the act itself).</param>
    /// <param name="Derives">Measurements the geometry judge derives from the event's geometry.</param>
    /// <param name="DerivedFrom">What the judge needs to derive them (empty when nothing is derived).</param>
    public sealed record Entry(string Action, string Gesture, IReadOnlyList<string> Reads, IReadOnlyList<string> Derives, string DerivedFrom = "")
    {
        /// <summary>Every measurement name a window event of this action carries, read or derived.</summary>
        public IEnumerable<string> Produces => Reads.Union(Derives);
    }

    private static readonly string[] None = Array.Empty<string>();

    public static IReadOnlyList<Entry> All { get; } = new[]
    {
        new Entry(StepActions.Check, "press C (Confirm) once it is done: no 3D interaction", None, None),
        new Entry(StepActions.Imaging, "C-arm: a view preset (L, A, I, O), adjust with the arrows, then Space shoots",
            new[] { "tilt_deg", "notch_offset_mm", "implant_spacing_mm" }, None),
        new Entry(StepActions.Incision, "scalpel: drag along the skin, or Enter cuts at the +",
            new[] { "length_mm" }, new[] { "incision_offset_mm" }, "the cut's two ends on the skin (start, end) and the step's site"),
        new Entry(StepActions.Dissection, "dissector: click the wound, or Enter", None, None),
        new Entry(StepActions.PinDock, "guide pin: click the bone where it should enter, or Enter at the +",
            new[] { "entry_offset_mm" }, new[] { "entry_offset_mm" }, "the pin's entry and tip"),
        new Entry(StepActions.PinAdvance, "guide pin: aim with the arrows, set the depth (PgUp/PgDn), then click the pin or Enter",
            new[] { "depth_mm", "foramen_clearance_mm" },
            new[] { "entry_offset_mm", "depth_mm", "angle_to_plan_deg", "foramen_clearance_mm", "bone_path_pct" }, "the pin's entry and tip"),
        new Entry(StepActions.Drill, "drill: click the guide pin, or Enter", new[] { "short_of_pin_tip_mm" }, None),
        new Entry(StepActions.Broach, "broach: click the guide pin, or Enter", None, None),
        new Entry(StepActions.DepthGauge, "implant tool over the pin, then G", None, new[] { "gauge_mm" },
            "an advanced pin before it (pin-advance with entry and tip), drilled short of its tip"),
        new Entry(StepActions.Implant, "implant tool: click the guide pin, or Enter", new[] { "length_mm" },
            new[] { "sacral_purchase_mm", "implant_proud_mm", "ilium_mm" },
            "an advanced pin before it (pin-advance with entry and tip) and the implant's length_mm"),
        new Entry(StepActions.PinRemoval, "implant tool, then R", None, None),
        new Entry(StepActions.Irrigation, "irrigation syringe: click the wound, or Enter", None, None),
        new Entry(StepActions.Closure, "suture: click the wound, or Enter", None, None),
        new Entry(StepActions.Marking, "skin marker: click the skin where the mark belongs", None, new[] { "mark_offset_mm" },
            "the mark's point on the skin (at) and the step's site"),
        new Entry(StepActions.Haemostasis, "bipolar forceps: strokes over the exposed outer table", None, new[] { "bleeders_sealed_pct" },
            "the strokes (path)"),
        new Entry(StepActions.Osteotomy, "osteotome: outline a rectangle on the outer table of the ilium, corner to corner", None,
            new[] { "width_mm", "length_along_joint_mm", "window_offset_mm", "notch_margin_mm" }, "the window's corners (start, end)"),
        new Entry(StepActions.Curettage, "curette: strokes through the cut window", None, new[] { "cartilage_removed_pct" },
            "the strokes (path) and a window cut before it (osteotomy)"),
        new Entry(StepActions.Graft, "bone graft: click inside the cut window", None, new[] { "graft_outside_window_mm" },
            "the graft's point (at) and a window cut before it (osteotomy)"),
        new Entry(StepActions.Block, "bone tamp: set the countersink, then click inside the cut window", new[] { "countersink_mm" },
            new[] { "block_outside_window_mm" }, "the block's point (at) and a window cut before it (osteotomy)"),
        new Entry(StepActions.Drain, "drain: click the wound, or Enter", None, None),
    };

    private static readonly Dictionary<string, Entry> ByAction = All.ToDictionary(e => e.Action);

    /// <summary>The entry of <paramref name="action"/>, or null for a name that is not an action.</summary>
    public static Entry? Of(string action) => ByAction.GetValueOrDefault(action);

    /// <summary>True if a window event of <paramref name="action"/> carries <paramref name="measurement"/>.</summary>
    public static bool Produces(string action, string measurement) => Of(action)?.Produces.Contains(measurement) == true;

    /// <summary>True if the judge derives <paramref name="measurement"/> for <paramref name="action"/> (a script's value is replaced).</summary>
    public static bool Derives(string action, string measurement) => Of(action)?.Derives.Contains(measurement) == true;

    /// <summary>Every name the judge derives, over all actions, each once.</summary>
    public static IReadOnlyList<string> DerivedNames { get; } = All.SelectMany(e => e.Derives).Distinct().ToList();

    /// <summary>The actions whose window events carry <paramref name="measurement"/>.</summary>
    public static IEnumerable<string> ActionsProducing(string measurement) =>
        All.Where(e => e.Produces.Contains(measurement)).Select(e => e.Action);
}
