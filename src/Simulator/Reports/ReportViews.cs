namespace Simulator.App.Reports;

/// <summary>The final views of a session for its report, or none and the reason they could not be rendered.</summary>
public sealed record ReportViews(IReadOnlyList<ReportImage> Images, string? Unavailable)
{
    /// <summary>Title prefix of the simulated C-arm images (the others are 3D views).</summary>
    public const string FluoroPrefix = "fluoro-";

    /// <summary>For sessions that render no images (a terminal session playing a script without <c>--headless</c>).</summary>
    public static ReportViews NotRendered { get; } = new(Array.Empty<ReportImage>(), "not rendered for this run (use --headless or the window)");

    /// <summary>The final C-arm images: planned paths in blue, achieved pin paths in orange.</summary>
    public IEnumerable<ReportImage> Fluoro => Images.Where(i => i.Title.StartsWith(FluoroPrefix, StringComparison.Ordinal));
}
