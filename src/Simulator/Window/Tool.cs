namespace Simulator.App.Window;

/// <summary>The instrument tray, in key order (1–9); <see cref="Camera"/> (key 0) only moves the view.</summary>
public enum Tool
{
    Camera = 0,
    Scalpel = 1,
    Dissector = 2,
    GuidePin = 3,
    CArm = 4,
    Drill = 5,
    Broach = 6,
    Implant = 7,
    Syringe = 8,
    Suture = 9,
}
