using Simulator.App.Cli;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;

namespace Simulator.Tests.Cli;

/// <summary><c>simulator</c> with no verb: the options it takes and what it opens, through the launch delegate <see cref="CliApp.Run"/> takes.</summary>
public class LaunchTests
{
    private static (int Code, LaunchOptions? Options, string Out, string Error) Launch(params string[] args)
    {
        LaunchOptions? seen = null;
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error), options =>
        {
            seen = options;
            return 0;
        });
        return (code, seen, output.ToString(), error.ToString());
    }

    [Fact]
    public void Scenario_and_mode_without_a_verb_open_that_scenario_in_that_mode()
    {
        var (code, options, _, _) = Launch("--scenario", "si-joint-fusion-open", "--mode", "assessment");
        Assert.Equal(0, code);
        Assert.Equal(new LaunchOptions("si-joint-fusion-open", "assessment"), options);

        var choice = Launcher.Direct(options!, new TrainerSettings { LastMode = "guided", Trainee = "r-smith" })!;
        Assert.Equal("si-joint-fusion-open", choice.Scenario.Id);
        Assert.Equal(Mode.Assessment, choice.Mode);
        Assert.Equal("r-smith", choice.Trainee);
    }

    [Fact]
    public void No_options_leave_the_choice_to_the_start_screen_and_mode_or_trainee_fill_it_in()
    {
        Assert.Equal(new LaunchOptions(), Launch().Options);
        var (_, options, _, _) = Launch("-m", "guided", "-t", "r-jones");
        Assert.Equal(new LaunchOptions(null, "guided", "r-jones"), options);
        Assert.Null(Launcher.Direct(options!, new TrainerSettings()));
    }

    [Fact]
    public void Store_without_a_verb_names_the_records_the_window_reads_and_records_into()
    {
        var (code, options, _, _) = Launch("--store", "/tmp/lab/records.db", "-t", "r-jones");
        Assert.Equal(0, code);
        Assert.Equal(new LaunchOptions(null, null, "r-jones", Store: "/tmp/lab/records.db"), options);
    }

    [Fact]
    public void An_unknown_mode_is_a_usage_error_and_launches_nothing()
    {
        var (code, options, _, error) = Launch("--scenario", "si-joint-fusion-open", "--mode", "exam");
        Assert.Equal(2, code);
        Assert.Null(options);
        Assert.Contains("exam", error);
    }

    [Fact]
    public void A_scenario_named_on_the_command_line_that_does_not_load_is_its_located_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-launch-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "id: x\ntitle: X\nsteps:\n  - {id: a, instrument: s, nme: A}\n");
        try
        {
            var error = Assert.Throws<InputException>(() => Launcher.Direct(new LaunchOptions(path), new TrainerSettings()));
            Assert.Contains($"{path}:4:28: error:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_top_level_help_says_how_to_start_and_how_to_skip_the_start_screen()
    {
        var (code, options, output, _) = Launch("--help");
        Assert.Equal(0, code);
        Assert.Null(options);
        Assert.Contains("start screen", output);
        Assert.Contains("--scenario", output);
        Assert.Contains("--mode", output);
        Assert.Contains("simulator --scenario S --mode M", output);
    }
}
