namespace Simulator.Rendering.Gl;

/// <summary>A shader failed to compile or link; the message names the file(s) and carries the driver's log.</summary>
public sealed class ShaderException(string message) : Exception(message);
