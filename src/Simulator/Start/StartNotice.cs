namespace Simulator.App.Start;

/// <summary>A problem the start screen shows in its orange box: a headline, the located errors, and whether it offers the default scenario.</summary>
public sealed record StartNotice(string Headline, IReadOnlyList<string> Lines, bool OffersDefault);
