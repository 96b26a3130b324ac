namespace Simulator.Rendering.Scene;

/// <summary>Preset views: the C-arm projections and the surgeon's view over the prone patient.</summary>
public enum CameraView
{
    Lateral,
    Ap,
    Inlet,
    Outlet,
    Surgeon,
}
