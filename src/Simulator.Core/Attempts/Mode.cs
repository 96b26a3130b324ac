namespace Simulator.Core.Attempts;

/// <summary>Guided: unmet preconditions are refused with the reason. Assessment: everything is recorded silently.</summary>
public enum Mode
{
    Guided,
    Assessment,
}
