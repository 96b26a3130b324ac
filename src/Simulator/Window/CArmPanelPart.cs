namespace Simulator.App.Window;

/// <summary>The parts of the C-arm panel a mouse press can grab.</summary>
public enum CArmPanelPart
{
    None,
    TitleBar,
    FullViewButton,
    Image,
    RotationHandle,
    TiltHandle,
    ResizeCorner,
}
