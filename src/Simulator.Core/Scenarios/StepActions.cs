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

    public static IReadOnlyList<string> All { get; } = new[]
    {
        Check, Imaging, Incision, Dissection, PinDock, PinAdvance, Drill, Broach, DepthGauge, Implant, PinRemoval, Irrigation, Closure,
    };

    /// <summary>C-arm views an <c>imaging</c> step may name.</summary>
    public static IReadOnlyList<string> Views { get; } = new[] { "lateral", "ap", "inlet", "outlet" };
}
