using System.Globalization;
using Simulator.App.Sessions;
using Simulator.App.Start;
using Simulator.App.Window;
using Simulator.Core.Scenarios;
using Simulator.Records;
using Simulator.Rendering.Hosts;

namespace Simulator.Tests.Sessions;

/// <summary>The lines the start screen and the debrief show about a trainee's record, read from a real store.</summary>
public sealed class TraineeStandingTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-standing-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "records.db");

    private static Scenario Mis { get; } = App.Cli.ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));

    /// <summary>The lines with their no-break spaces (which hold a score to its mark) as plain spaces.</summary>
    private static string[] Plain(StandingText text) => text.Lines.Select(l => l.Replace('\u00A0', ' ')).ToArray();

    private static string Day(int attempt) => Day1.AddDays(attempt - 1).ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Record(string trainee, string scenarioId, params (string Mode, double Total)[] attempts)
    {
        using var store = RecordStore.Open(Store);
        var before = store.Sessions(trainee, scenarioId).Count;
        for (var i = 0; i < attempts.Length; i++)
        {
            var started = Day1.AddDays(before + i);
            store.Record(new SessionRecord
            {
                Trainee = trainee, ScenarioId = scenarioId, Mode = attempts[i].Mode, Started = started, Ended = started.AddMinutes(25),
                Total = attempts[i].Total, Passed = attempts[i].Total >= 70,
            });
        }
    }

    [Fact]
    public void The_last_scores_and_the_current_run_of_the_trainee_on_the_scenario()
    {
        Record("ana", "si-joint-fusion-mis", ("assessment", 62), ("guided", 84), ("assessment", 91), ("assessment", 77));
        Record("bo", "si-joint-fusion-mis", ("assessment", 100), ("assessment", 100), ("assessment", 100));
        Record("ana", "si-joint-fusion-open", ("assessment", 10));

        var text = new TraineeStanding(Store).For("ana", Mis);

        Assert.Equal(new[] { "Last scores: 62 ✘ → 84 ✔ (guided) → 91 ✔ → 77 ✔", "Proficiency: 2 of 3 clean assessment passes in a row" }, Plain(text));
        Assert.Contains("84\u00A0✔\u00A0(guided) → 91\u00A0✔", text.Lines[0]); // a wrapped line never parts a score from its mark
        Assert.False(text.Proficient);
        Assert.False(text.Problem);
    }

    [Fact]
    public void A_proficient_trainee_is_told_since_when_and_only_the_five_latest_scores_are_shown()
    {
        Record("cy", "si-joint-fusion-mis", ("assessment", 50), ("assessment", 80), ("assessment", 81), ("assessment", 82), ("guided", 40),
            ("assessment", 30), ("assessment", 99));

        var text = new TraineeStanding(Store).For("cy", Mis);

        Assert.Equal(new[] { "Last scores (last 5 of 7): 81 ✔ → 82 ✔ → 40 ✘ (guided) → 30 ✘ → 99 ✔", $"Proficient since {Day(4)} (attempt 4)" }, Plain(text));
        Assert.True(text.Proficient);
    }

    [Fact]
    public void The_scenarios_own_criterion_decides()
    {
        var strict = ScenarioLoader.LoadText("id: si-joint-fusion-mis\ntitle: T\nproficiency: {consecutive: 2, min_total: 90}\nsteps:\n  - {id: a}\n").ValueOrThrow();
        Record("di", "si-joint-fusion-mis", ("assessment", 95), ("assessment", 85), ("assessment", 92));

        var standing = new TraineeStanding(Store);

        Assert.Equal("Proficiency: 1 of 2 clean assessment passes ≥ 90 in a row", standing.For("di", strict).Lines[1]);
        Assert.Equal($"Proficient since {Day(3)} (attempt 3)", standing.For("di", Mis).Lines[1]);
        Assert.Equal(1, standing.Reads); // the same scenario id: the store was read once
    }

    [Fact]
    public void No_attempts_yet_no_name_yet_and_a_store_that_cannot_be_opened_each_say_so()
    {
        Record("ana", "si-joint-fusion-mis", ("assessment", 80));
        var standing = new TraineeStanding(Store);
        Assert.Equal(new[] { "No recorded attempts on this scenario yet.", "Proficient after 3 assessment passes in a row with no critical error." },
            standing.For("newcomer", Mis).Lines);
        Assert.Equal(new[] { "Type your name to see your last scores and proficiency here." }, standing.For("  ", Mis).Lines);
        Assert.Same(StandingText.None, standing.For("ana", null));
        Assert.Same(StandingText.None, TraineeStanding.Read(Store, "", Mis)); // the debrief of a session without a name shows no record
        Assert.Equal("Last scores: 80 ✔", Plain(TraineeStanding.Read(Store, "ana", Mis))[0]);

        var blocker = Path.Combine(_dir, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var broken = new TraineeStanding(Path.Combine(blocker, "records.db"));
        var text = broken.For("ana", Mis);
        var line = Assert.Single(text.Lines);
        Assert.StartsWith($"Records unavailable: {Path.Combine(blocker, "records.db")}: ", line);
        Assert.DoesNotContain('\n', line);
        Assert.True(text.Problem);
        broken.For("bo", Mis);
        Assert.Equal(1, broken.Reads); // said once, not tried again for every name typed
    }

    [Fact]
    public void The_store_is_read_once_per_scenario_not_per_name_typed_or_per_frame()
    {
        Record("ana", "si-joint-fusion-mis", ("assessment", 80), ("assessment", 90));
        var standing = new TraineeStanding(Store);

        var first = standing.For("ana", Mis);
        Assert.Same(first, standing.For("ana", Mis));
        Assert.Same(first, standing.For(" ana ", Mis));
        foreach (var name in new[] { "a", "an", "ana" })
        {
            standing.For(name, Mis);
        }

        Assert.Equal(1, standing.Reads);
        Assert.Equal("Last scores: 80 ✔ → 90 ✔", Plain(standing.For("ana", Mis))[0]);
    }

    [Fact]
    public void The_start_screen_model_shows_the_standing_of_the_name_typed_on_the_scenario_selected()
    {
        Record("r-smith", "si-joint-fusion-mis", ("assessment", 88));
        Record("r-smith", "si-joint-fusion-open", ("assessment", 45), ("assessment", 95));
        var model = new StartScreenModel(Path.Combine(RepoPaths.Root, "scenarios"), new TrainerSettings(), trainee: "r-smith")
        {
            Records = new TraineeStanding(Store),
        };

        Assert.Equal("si-joint-fusion-mis", model.SelectedEntry!.Name);
        Assert.Equal("Last scores: 88 ✔", Plain(model.Standing)[0]);
        model.Key(Keys.Down, 0);
        Assert.Equal("Last scores: 45 ✘ → 95 ✔", Plain(model.Standing)[0]);
        model.Focus = StartField.Trainee;
        model.Key(Keys.Backspace, Keys.ModControl);
        Assert.Equal("Type your name to see your last scores and proficiency here.", model.Standing.Lines[0]);
        Assert.Empty(new StartScreenModel(Path.Combine(RepoPaths.Root, "scenarios"), new TrainerSettings()).Standing.Lines);
    }
}
