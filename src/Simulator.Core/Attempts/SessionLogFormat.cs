namespace Simulator.Core.Attempts;

/// <summary>Constants of the JSON Lines session log format (see docs/session-log.md).</summary>
public static class SessionLogFormat
{
    public const string Magic = "simulator-session";
    /// <summary>The version written. Version 2 added note lines (<c>{"note": …}</c>); version 1 logs have none and are still read.</summary>
    public const int Version = 2;

    /// <summary>The oldest version still read.</summary>
    public const int OldestVersion = 1;
}
