using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Tests.Window;

namespace Simulator.Tests.Scene;

/// <summary>The action catalog against what the window reads and what the judge derives.</summary>
public class ActionCatalogTests
{
    [Fact]
    public void Every_action_has_one_entry_with_a_one_line_gesture()
    {
        Assert.Equal(StepActions.All, ActionCatalog.All.Select(e => e.Action));
        Assert.All(ActionCatalog.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Gesture), e.Action);
            Assert.DoesNotContain('\n', e.Gesture);
            Assert.Equal(e.Derives.Count > 0, e.DerivedFrom.Length > 0);
        });
    }

    [Fact]
    public void The_format_documentation_lists_the_catalog_row_by_row()
    {
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "scenario-format.md"));
        static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "—" : string.Join(", ", names.Select(n => $"`{n}`"));
        foreach (var e in ActionCatalog.All)
        {
            Assert.Contains($"| `{e.Action}` | {e.Gesture} | {Names(e.Reads)} | {Names(e.Derives)} |", doc);
        }
    }

    [Fact]
    public void The_catalog_derives_exactly_the_judge_s_measurements()
    {
        Assert.Equal(AnatomyJudge.DerivedMeasurements.Order(StringComparer.Ordinal), ActionCatalog.DerivedNames.Order(StringComparer.Ordinal));
    }

    /// <summary>The judge, fed the model attempt of each shipped scenario, derives nothing the catalog does not list for the step's action.</summary>
    [Theory]
    [InlineData("si-joint-fusion-mis")]
    [InlineData("si-joint-fusion-open")]
    public void What_the_judge_derives_for_each_action_is_in_the_catalog(string id)
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario(id));
        var session = new Session(scenario, Mode.Assessment, AnatomyJudge.Shared);
        var derivedSeen = new HashSet<string>();
        foreach (var e in ReferenceAttempt.Events(scenario))
        {
            var verdict = session.Submit(e);
            var action = scenario.FindStep(e.Do)!.Action;
            var added = verdict.Event.With.Keys.Where(k => verdict.Event.With[k].Number is not null && !e.With.ContainsKey(k)).ToList();
            Assert.All(added, name => Assert.True(ActionCatalog.Derives(action, name), $"{e.Do} ({action}) derived {name}"));
            derivedSeen.UnionWith(added);
        }

        var targets = scenario.Steps.SelectMany(s => s.Targets.Where(t => ActionCatalog.Derives(s.Action, t.Name)).Select(t => t.Name));
        Assert.Subset(derivedSeen, targets.ToHashSet());
    }

    /// <summary>The window's events for the MIS procedure carry what the catalog says it reads, and nothing it does not list.</summary>
    [Fact]
    public void The_window_reads_what_the_catalog_lists()
    {
        var t = OperatingTableTests.Table(Mode.Assessment);
        var recorded = new List<EventVerdict>();
        t.Recorded += recorded.Add;
        OperatingTableTests.Preamble(t);
        t.DockPin(t.Planned(t.CurrentSlot).Entry);
        OperatingTableTests.Shot(t, "lateral");
        OperatingTableTests.Shot(t, "inlet");
        OperatingTableTests.Shot(t, "outlet");
        t.AdvancePin();
        t.Confirm();
        t.Drill();
        t.Broach();
        t.Gauge();
        t.PlaceImplant();
        t.RemovePin();
        t.Irrigate();
        t.Close();

        var scenario = t.Session.Scenario;
        var played = new HashSet<string>();
        var readSeen = new HashSet<string>();
        foreach (var v in recorded.Where(v => v.Performed))
        {
            var action = scenario.FindStep(v.Event.Do)?.Action ?? scenario.FindDistractor(v.Event.Do)!.Action;
            played.Add(action);
            var entry = ActionCatalog.Of(action)!;
            var numbers = v.Event.With.Where(kv => kv.Value.Number is not null && !CArmPoseLog.Names.Contains(kv.Key)).Select(kv => kv.Key).ToList();
            Assert.All(numbers, n => Assert.True(entry.Produces.Contains(n), $"{v.Event.Do} ({action}) carries {n}, which the catalog does not list"));
            // The window keeps only what the step is judged on: each target the catalog says the window reads is there.
            var step = scenario.FindStep(v.Event.Do);
            var readTargets = step?.Targets.Select(x => x.Name).Where(entry.Reads.Contains).ToHashSet() ?? new HashSet<string>();
            Assert.Subset(numbers.ToHashSet(), readTargets);
            readSeen.UnionWith(readTargets);
        }

        Assert.Subset(played, new HashSet<string>
        {
            StepActions.Check, StepActions.Imaging, StepActions.Marking, StepActions.Incision, StepActions.Dissection, StepActions.PinDock,
            StepActions.PinAdvance, StepActions.Drill, StepActions.Broach, StepActions.DepthGauge, StepActions.Implant, StepActions.PinRemoval,
        });
        Assert.Subset(readSeen, new HashSet<string>
        {
            "length_mm", "entry_offset_mm", "tilt_deg", "notch_offset_mm", "depth_mm", "foramen_clearance_mm", "short_of_pin_tip_mm",
        });
    }
}
