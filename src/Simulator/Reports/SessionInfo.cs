using Simulator.Core.Attempts;

namespace Simulator.App.Reports;

/// <summary>Who, how and when, for the report header; <paramref name="Notes"/> are the hints taken (listed, never scored).</summary>
public sealed record SessionInfo(string Trainee, string Mode, DateTimeOffset Started, string LogPath, IReadOnlyList<SessionNote>? Notes = null);
