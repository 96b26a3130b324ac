namespace Simulator.App.Window;

/// <summary>The instruments of the tray (<see cref="TrayItem.All"/> gives their order and labels); <see cref="Camera"/> only moves the view.</summary>
/// <remarks>The values are names, not keys: a scenario's tray numbers the tools it uses (see <see cref="Tray"/>).</remarks>
public enum Tool
{
    Camera = 0,
    Scalpel,
    Dissector,
    GuidePin,
    CArm,
    Drill,
    Broach,
    Implant,
    Syringe,
    Suture,
    Marker,
    Bipolar,
    Osteotome,
    Curette,
    Impactor,
    Drain,
}
