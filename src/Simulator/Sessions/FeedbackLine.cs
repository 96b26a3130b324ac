namespace Simulator.App.Sessions;

/// <summary>One line of feedback and its tone.</summary>
public sealed record FeedbackLine(string Text, FeedbackTone Tone);
