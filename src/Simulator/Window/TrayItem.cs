using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>An instrument of the tray: the tool, its label, and the step actions it performs.</summary>
public sealed record TrayItem(Tool Tool, string Label, params string[] Actions)
{
    /// <summary>True if this tool performs steps with <paramref name="action"/>.</summary>
    public bool Performs(string action) => Actions.Contains(action);

    /// <summary>Every instrument, in tray order (roughly the order of an operation); a scenario's tray shows the ones it uses.</summary>
    public static IReadOnlyList<TrayItem> All { get; } = new[]
    {
        new TrayItem(Tool.Camera, "View"),
        new TrayItem(Tool.Marker, "Marker", StepActions.Marking),
        new TrayItem(Tool.Scalpel, "Scalpel", StepActions.Incision),
        new TrayItem(Tool.Dissector, "Dissector", StepActions.Dissection),
        new TrayItem(Tool.Bipolar, "Bipolar", StepActions.Haemostasis),
        new TrayItem(Tool.Osteotome, "Osteotome", StepActions.Osteotomy),
        new TrayItem(Tool.Curette, "Curette", StepActions.Curettage),
        new TrayItem(Tool.Impactor, "Impactor", StepActions.Graft, StepActions.Block),
        new TrayItem(Tool.GuidePin, "Guide pin", StepActions.PinDock, StepActions.PinAdvance),
        new TrayItem(Tool.CArm, "C-arm", StepActions.Imaging),
        new TrayItem(Tool.Drill, "Drill", StepActions.Drill),
        new TrayItem(Tool.Broach, "Broach", StepActions.Broach),
        new TrayItem(Tool.Implant, "Implant", StepActions.DepthGauge, StepActions.Implant, StepActions.PinRemoval),
        new TrayItem(Tool.Syringe, "Irrigation", StepActions.Irrigation),
        new TrayItem(Tool.Drain, "Drain", StepActions.Drain),
        new TrayItem(Tool.Suture, "Suture", StepActions.Closure),
    };
}
