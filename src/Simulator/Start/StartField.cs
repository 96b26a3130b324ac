namespace Simulator.App.Start;

/// <summary>The start screen's controls in Tab order.</summary>
public enum StartField
{
    Scenarios,
    OpenFile,
    Mode,
    Trainee,
    Start,
}
