namespace Simulator.App.Window;

/// <summary>Where a key works: always, while the key list is open, while operating, or in one dialog or the debrief.</summary>
public enum KeyScope
{
    Anywhere,
    Help,
    Operating,
    Paused,
    ConfirmEnd,
    Debrief,
}
