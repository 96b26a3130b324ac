namespace Simulator.Core.Scenarios;

/// <summary>The physical actions a step (or a distractor) is performed with in the 3D trainer.</summary>
/// <remarks>
/// The engine scores ids, not actions; the action only tells the window which interaction produces the
/// step's event and how the scene changes afterwards. <c>check</c> (the default) is a confirmation
/// with no 3D interaction, e.g. the team time-out.
/// </remarks>
public static class StepActions
{
    public const string Check = "check";
    public const string Imaging = "imaging";
    public const string Incision = "incision";
    public const string Dissection = "dissection";
    public const string PinDock = "pin-dock";
    public const string PinAdvance = "pin-advance";
    public const string Drill = "drill";
    public const string Broach = "broach";
    public const string DepthGauge = "depth-gauge";
    public const string Implant = "implant";
    public const string PinRemoval = "pin-removal";
    public const string Irrigation = "irrigation";
    public const string Closure = "closure";
    public const string Marking = "marking";
    public const string Haemostasis = "haemostasis";
    public const string Osteotomy = "osteotomy";
    public const string Curettage = "curettage";
    public const string Graft = "graft";
    public const string Block = "block";
    public const string Drain = "drain";

    public static IReadOnlyList<string> All { get; } = new[]
    {
        Check, Imaging, Incision, Dissection, PinDock, PinAdvance, Drill, Broach, DepthGauge, Implant, PinRemoval, Irrigation, Closure,
        Marking, Haemostasis, Osteotomy, Curettage, Graft, Block, Drain,
    };

    /// <summary>
    /// Where an <c>incision</c> or a <c>marking</c> step belongs (its <c>site</c>): <c>implant-entries</c> (the skin over the middle
    /// of the planned implant entries, the default), <c>implant-entry</c> (each planned entry in turn, as the lateral view shows it),
    /// <c>iliac-window</c> (the skin over the planned window of the open approach) and <c>psis</c> (the posterior superior iliac spine).
    /// </summary>
    public static IReadOnlyList<string> Sites { get; } = new[] { "implant-entries", "implant-entry", "iliac-window", "psis" };

    /// <summary>The actions a <c>site</c> applies to.</summary>
    public static IReadOnlyList<string> SitedActions { get; } = new[] { Incision, Marking };

    /// <summary>C-arm views an <c>imaging</c> step may name.</summary>
    public static IReadOnlyList<string> Views { get; } = new[] { "lateral", "ap", "inlet", "outlet" };
}
