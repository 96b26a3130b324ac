using SkiaSharp;
using Simulator.Core.Engine;

namespace Simulator.App.Window;

/// <summary>HUD colours: blue for good, orange for problems (safe for red–green colour blindness), always with a word and icon.</summary>
public static class HudColors
{
    public static readonly SKColor Panel = new(16, 20, 26, 225);

    /// <summary>
    /// The side panel and the tray: <see cref="Panel"/> as it looks over the scene's background, but opaque, so the frame copies
    /// those pixels instead of blending them (see <c>OverlayCoverage</c>).
    /// </summary>
    public static readonly SKColor Chrome = new(18, 22, 28, 255);
    public static readonly SKColor Text = new(235, 238, 242);
    public static readonly SKColor Dim = new(150, 158, 170);
    public static readonly SKColor Good = new(90, 160, 255);
    public static readonly SKColor Problem = new(255, 150, 40);
    public static readonly SKColor Warning = new(240, 210, 80);

    /// <summary>A safety limit missed: red, always with "✗" and "(safety limit)" in the words.</summary>
    public static readonly SKColor Critical = new(235, 50, 50);

    public static SKColor For(Sessions.FeedbackTone tone) => tone switch
    {
        Sessions.FeedbackTone.Good => Good,
        Sessions.FeedbackTone.Warning => Warning,
        Sessions.FeedbackTone.Problem => Problem,
        Sessions.FeedbackTone.Critical => Critical,
        _ => Text,
    };

    public static SKColor For(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => Good,
        Outcome.OutOfOrder or Outcome.Repeated => Warning,
        _ => Problem,
    };
}
