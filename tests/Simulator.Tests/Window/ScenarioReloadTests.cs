using Simulator.App.Cli;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Window;

/// <summary>What a live reload keeps: the session when every performed step still exists, else a restart.</summary>
public class ScenarioReloadTests
{
    private static Scenario Edited(Func<string, string> edit)
    {
        var text = edit(File.ReadAllText(RepoPaths.Scenario("si-joint-fusion-mis")));
        return ScenarioLoader.LoadText(text, "edited.yaml").ValueOrThrow();
    }

    [Fact]
    public void An_edit_that_keeps_the_performed_steps_replays_them_into_the_new_scenario()
    {
        var old = OperatingTableTests.Table(Mode.Guided);
        old.Confirm();
        old.Confirm();
        old.NotePlanShown(5);
        var edited = Edited(t => t.Replace("pass_mark: 70", "pass_mark: 80"));

        var (table, lost) = ScenarioReloader.Rebuild(old, edited, () => 60);

        Assert.Null(lost);
        Assert.Equal(80, table.Session.Scenario.PassMark);
        Assert.Equal(old.Session.Recorded.Select(v => (v.Event.Do, v.Outcome)), table.Session.Recorded.Select(v => (v.Event.Do, v.Outcome)));
        Assert.Equal(SessionNote.PlanShown, Assert.Single(table.Notes).Note);
    }

    [Fact]
    public void An_edit_that_removes_a_performed_step_restarts_and_names_it()
    {
        var old = OperatingTableTests.Table(Mode.Guided);
        old.Confirm();
        var edited = Edited(t => t.Replace("id: positioning-check", "id: time-out").Replace("[positioning-check", "[time-out"));

        var (table, lost) = ScenarioReloader.Rebuild(old, edited, () => 60);

        Assert.Equal("positioning-check", lost);
        Assert.Empty(table.Session.Recorded);
    }
}
