namespace Simulator.App.Sessions;

/// <summary>How a feedback line is coloured; every tone also has a word or symbol, so colour is never the only sign.</summary>
public enum FeedbackTone
{
    Neutral,
    Good,
    Warning,
    Problem,

    /// <summary>A safety limit missed (a critical target ✗): red in the window and the terminal.</summary>
    Critical,
}
