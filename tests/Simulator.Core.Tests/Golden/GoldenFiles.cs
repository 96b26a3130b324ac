namespace Simulator.Core.Tests.Golden;

/// <summary>Finds golden cases in the test output folder and (with UPDATE_GOLDEN=1) writes new expectations to the source tree.</summary>
public static class GoldenFiles
{
    public static string Directory(string kind) => Path.Combine(AppContext.BaseDirectory, "Golden", kind);

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>The source-tree copy of a golden file, so an update survives the next build.</summary>
    public static string SourcePath(string kind, string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Simulator.Core.Tests", "Golden", kind, relative);
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("source tree not found");
    }

    public static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";
}
