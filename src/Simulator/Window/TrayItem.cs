using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>A tray slot: the tool, its label, and the step actions it performs.</summary>
public sealed record TrayItem(Tool Tool, string Label, string Primary, string Secondary = "")
{
    public static IReadOnlyList<TrayItem> All { get; } = new[]
    {
        new TrayItem(Tool.Camera, "View", ""),
        new TrayItem(Tool.Scalpel, "Scalpel", StepActions.Incision),
        new TrayItem(Tool.Dissector, "Dissector", StepActions.Dissection),
        new TrayItem(Tool.GuidePin, "Guide pin", StepActions.PinDock, StepActions.PinAdvance),
        new TrayItem(Tool.CArm, "C-arm", StepActions.Imaging),
        new TrayItem(Tool.Drill, "Drill", StepActions.Drill),
        new TrayItem(Tool.Broach, "Broach", StepActions.Broach),
        new TrayItem(Tool.Implant, "Implant", StepActions.Implant, StepActions.PinRemoval),
        new TrayItem(Tool.Syringe, "Irrigation", StepActions.Irrigation),
        new TrayItem(Tool.Suture, "Suture", StepActions.Closure),
    };
}
