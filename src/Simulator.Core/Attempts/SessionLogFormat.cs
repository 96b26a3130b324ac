namespace Simulator.Core.Attempts;

/// <summary>Constants of the JSON Lines session log format (see docs/session-log.md).</summary>
public static class SessionLogFormat
{
    public const string Magic = "simulator-session";
    public const int Version = 1;
}
