using System.Text.RegularExpressions;

namespace Simulator.Tests.Cli;

/// <summary>The tutorial in docs/authoring.md works as written: its example scenario passes check with no warning.</summary>
public class AuthoringTutorialTests
{
    [Fact]
    public void The_tutorials_example_passes_check_cleanly_and_autopilots_to_100()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "authoring.md"));
        var example = Regex.Match(doc, "```yaml\n(plan:.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(example);
        var dir = Directory.CreateTempSubdirectory("sim-tutorial-").FullName;
        try
        {
            var file = Path.Combine(dir, "s2-pin-drill.yaml");
            File.WriteAllText(file, "id: s2-pin-drill\ntitle: \"S2 guide pin and drill\"\n" + example);

            var check = CliRunner.Run("check", file);

            Assert.True(check.ExitCode == 0, check.Out + check.Error);
            Assert.DoesNotContain("warning", check.Out);
            Assert.Contains("autopilot: 100.0, PASS (4 events)", check.Out);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
