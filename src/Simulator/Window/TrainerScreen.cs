namespace Simulator.App.Window;

/// <summary>What the window is showing on top of the 3D view.</summary>
public enum TrainerScreen
{
    Operating,
    Paused,
    ConfirmEnd,
    Debrief,
}
