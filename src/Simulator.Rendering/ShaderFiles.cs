namespace Simulator.Rendering;

/// <summary>Finds the <c>shaders/</c> folder: next to the executable (copied at build), else the repository's.</summary>
public static class ShaderFiles
{
    public static string Directory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "shaders");
        if (System.IO.Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shaders");
            if (File.Exists(Path.Combine(candidate, "mesh.vert")))
            {
                return candidate;
            }
        }

        return beside;
    }
}
