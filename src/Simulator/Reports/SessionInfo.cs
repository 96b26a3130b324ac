namespace Simulator.App.Reports;

/// <summary>Who, how and when, for the report header.</summary>
public sealed record SessionInfo(string Trainee, string Mode, DateTimeOffset Started, string LogPath);
