using SkiaSharp;

namespace Simulator.App.Window;

/// <summary>One piece of text the HUD drew: where (pixels, from the font's ascent to its descent), inside which box, on which layer.</summary>
/// <remarks>Layer 0 is the operating HUD; overlays (help, dialogs) are higher layers drawn over it, so only texts on one layer may not overlap.</remarks>
public sealed record HudTextRect(string Text, SKRect Rect, SKRect Box, int Layer);
