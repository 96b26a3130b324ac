namespace Simulator.Rendering.Hosts;

/// <summary>No OpenGL context could be created (no display, no libglfw3/libEGL, no GL 3.3); the message says which and what to install.</summary>
public sealed class DisplayUnavailableException(string message) : Exception(message);
