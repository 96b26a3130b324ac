using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Golden;

/// <summary>Each malformed scenario in Golden/loader must produce exactly the error lines in its .expected file.</summary>
public class LoaderGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenFiles.Directory("loader"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Loader_reports_the_expected_located_errors(string name)
    {
        var path = Path.Combine(GoldenFiles.Directory("loader"), name + ".yaml");
        var result = ScenarioLoader.LoadFile(path);
        Assert.False(result.Ok);
        var actual = GoldenFiles.Normalise(string.Join("\n",
            result.Errors.Select(e => e.ToString().Replace(path, "{FILE}", StringComparison.Ordinal))));
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(GoldenFiles.SourcePath("loader", name + ".expected"), actual);
        }

        var expected = GoldenFiles.Normalise(File.ReadAllText(Path.Combine(GoldenFiles.Directory("loader"), name + ".expected")));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_corpus_covers_every_error_family()
    {
        Assert.True(Cases().Count >= 14);
    }
}
