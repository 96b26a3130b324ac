using SkiaSharp;
using Simulator.Core.Engine;

namespace Simulator.App.Window;

/// <summary>HUD colours: blue for good, orange for problems (safe for red–green colour blindness), always with a word and icon.</summary>
public static class HudColors
{
    public static readonly SKColor Panel = new(16, 20, 26, 225);
    public static readonly SKColor Text = new(235, 238, 242);
    public static readonly SKColor Dim = new(150, 158, 170);
    public static readonly SKColor Good = new(90, 160, 255);
    public static readonly SKColor Problem = new(255, 150, 40);
    public static readonly SKColor Warning = new(240, 210, 80);

    public static SKColor For(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => Good,
        Outcome.OutOfOrder or Outcome.Repeated => Warning,
        _ => Problem,
    };
}
