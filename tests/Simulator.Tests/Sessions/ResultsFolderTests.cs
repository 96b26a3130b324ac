using Simulator.App.Cli;
using Simulator.App.Sessions;

namespace Simulator.Tests.Sessions;

public class ResultsFolderTests
{
    [Fact]
    public void A_failed_write_names_the_file_and_leaves_no_half_written_result()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "x.result.json");
        var error = Assert.ThrowsAny<IOException>(() => ResultsFolder.WriteAtomically(path, "{}"));
        Assert.StartsWith($"{path}: cannot write", error.Message);
        Assert.False(File.Exists(path));

        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(1, CliApp.Report(error, new CliContext(output, errors)));
        Assert.Equal($"simulator: error: {error.Message}", errors.ToString().Trim());
    }
}
