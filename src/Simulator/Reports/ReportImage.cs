namespace Simulator.App.Reports;

/// <summary>A captioned PNG embedded in the report.</summary>
public sealed record ReportImage(string Title, byte[] Png);
