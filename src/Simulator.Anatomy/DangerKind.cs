namespace Simulator.Anatomy;

/// <summary>The kinds of structure a pin or implant must not breach.</summary>
public enum DangerKind
{
    NerveRoot,
    Foramen,
    Cortex,
    Canal,
    Artery,
}
