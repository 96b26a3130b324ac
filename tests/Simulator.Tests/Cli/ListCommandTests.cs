namespace Simulator.Tests.Cli;

public class ListCommandTests
{
    [Fact]
    public void List_shows_each_shipped_scenario_with_title_and_step_count()
    {
        var result = CliRunner.Run("list");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("si-joint-fusion-mis", result.Out);
        Assert.Contains("si-joint-fusion-open", result.Out);
        var mis = result.Out.Split('\n').Single(l => l.StartsWith("si-joint-fusion-mis", StringComparison.Ordinal));
        Assert.Matches(@"si-joint-fusion-mis\s+\d+\s+\d+\s+\S", mis);
    }
}
