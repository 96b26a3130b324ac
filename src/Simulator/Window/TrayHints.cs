using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.App.Window;

/// <summary>How each step is done in the trainer window: the tray tool (its key and label) and the key or mouse action.</summary>
/// <remarks>The engine puts these words into guided refusals and redo offers, so the trainee is told the key as well as the step.</remarks>
public sealed class TrayHints : IControlHints
{
    /// <summary>The key that withdraws the guide pin for a redo.</summary>
    public const string WithdrawKey = "W";

    public TrayHints(Tray tray) => Tray = tray;

    /// <summary>The hints for a tray of every instrument.</summary>
    public static TrayHints Instance { get; } = new(Tray.Full);

    public Tray Tray { get; }

    public string How(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Action switch
        {
            StepActions.Check => "press C",
            StepActions.Imaging => $"{Tool(StepActions.Imaging)}: {ViewKey(step.View)}, then Space",
            StepActions.Incision => $"{Tool(step.Action)}: drag on the skin, or Enter at the +",
            StepActions.Marking => $"{Tool(step.Action)}: click the skin, or Enter at the +",
            StepActions.Haemostasis => $"{Tool(step.Action)}: drag over the bleeding points, or Enter, arrows, Enter",
            StepActions.Osteotomy => $"{Tool(step.Action)}: drag from corner to corner on the bone, or Enter, arrows, Enter",
            StepActions.Curettage => $"{Tool(step.Action)}: drag over the window's floor, or Enter, arrows, Enter",
            StepActions.Graft or StepActions.Block => $"{Tool(step.Action)}: click in the window, or Enter at the +",
            StepActions.PinDock => $"{Tool(step.Action)}: click the bone where it should enter, or Enter at the +",
            StepActions.PinAdvance => $"{Tool(step.Action)}: aim with the arrows, then click or Enter",
            StepActions.DepthGauge => $"{Tool(step.Action)}: press G",
            StepActions.PinRemoval => $"{Tool(step.Action)}: press R",
            _ => Tray.Performing(step.Action) is not null ? $"{Tool(step.Action)}: click or Enter" : "",
        };
    }

    public string Redo(Step step) => $"press {WithdrawKey}";

    /// <summary>"tool 4 C-arm": the tray slot that performs <paramref name="action"/>.</summary>
    public string Tool(string action) => Tray.Performing(action) is { } slot ? $"tool {slot.KeyLabel} {slot.Item.Label}" : "";

    private static string ViewKey(string view) => view switch
    {
        "lateral" => "L",
        "ap" => "A",
        "inlet" => "I",
        "outlet" => "O",
        _ => "any view (L A I O)",
    };
}
