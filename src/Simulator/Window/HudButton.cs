using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>An on-screen button: clicking it is pressing <see cref="Key"/> (with <see cref="Modifiers"/>), so every button has a key.</summary>
public sealed record HudButton(SKRect Rect, int Key, int Modifiers = 0);
