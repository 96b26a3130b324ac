namespace Simulator.Rendering.Scene;

/// <summary>How far one implant's pin → drill → broach → implant cycle has got.</summary>
public enum SlotStage
{
    None,
    PinDocked,
    PinAdvanced,
    Drilled,
    Broached,
    Implanted,
    PinRemoved,
}
