namespace Simulator.Tests;

/// <summary>Locates files of the repository from the test output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string id) => Path.Combine(Root, "scenarios", id + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
