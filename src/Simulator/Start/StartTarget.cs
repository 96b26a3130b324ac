namespace Simulator.App.Start;

/// <summary>What a click on the start screen hit.</summary>
public enum StartTargetKind
{
    Entry,
    OpenField,
    OpenButton,
    Guided,
    Assessment,
    TraineeField,
    StartButton,
    UseDefault,
}

/// <summary>A clickable control; <see cref="Index"/> is the entry's index for <see cref="StartTargetKind.Entry"/>.</summary>
public readonly record struct StartTarget(StartTargetKind Kind, int Index = -1);
