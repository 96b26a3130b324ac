using Simulator.App.Cli;
using Simulator.App.Window;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;

namespace Simulator.Tests.Window;

public class TrayTests
{
    private static Scenario OpenHands => ScenarioLoader.LoadText(OpenGestureTests.ScenarioYaml, "open-hands.yaml").ValueOrThrow();

    [Fact]
    public void A_tray_holds_view_and_the_instruments_its_scenario_uses_in_tray_order()
    {
        var tray = Tray.For(OpenHands);
        Assert.Equal(new[] { Tool.Camera, Tool.Marker, Tool.Scalpel, Tool.Dissector, Tool.Bipolar, Tool.Osteotome, Tool.Curette, Tool.Impactor },
            tray.Slots.Select(s => s.Tool));
        Assert.Equal("V", tray.Slots[0].KeyLabel);
        Assert.Equal(Tray.ViewKey, tray.Slots[0].Key);
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6", "7" }, tray.Slots.Skip(1).Select(s => s.KeyLabel));
        Assert.Null(tray.Of(Tool.Broach));
        Assert.Equal(Tool.Impactor, tray.Performing(StepActions.Block)!.Tool);
        Assert.Equal("1–7, V", tray.KeysText);
    }

    [Theory]
    [InlineData("si-joint-fusion-mis")]
    [InlineData("si-joint-fusion-open")]
    public void Every_action_of_a_shipped_scenario_has_a_slot_and_every_slot_its_own_key(string id)
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario(id));
        var tray = Tray.For(scenario);
        foreach (var action in scenario.Steps.Select(s => s.Action).Concat(scenario.Distractors.Select(d => d.Action)).Where(a => a is not (StepActions.Check or "")))
        {
            Assert.True(tray.Performing(action) is not null, $"{id}: no instrument for '{action}'");
        }

        Assert.Equal(tray.Slots.Count, tray.Slots.Select(s => (s.Key, s.Modifiers)).Distinct().Count());
        foreach (var slot in tray.Slots)
        {
            Assert.Same(slot, tray.Picked(new KeyPress(slot.Key, slot.Modifiers)));
        }

        Assert.DoesNotContain(tray.Slots, s => !scenario.Steps.Any(step => s.Item.Actions.Contains(step.Action))
            && !scenario.Distractors.Any(d => s.Item.Actions.Contains(d.Action)) && s.Tool != Tool.Camera);
    }

    [Fact]
    public void The_tray_calls_an_instrument_by_the_scenarios_name_when_it_fits_a_slot()
    {
        var open = Tray.For(ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-open")));
        Assert.Equal("Guide wire", open.Of(Tool.GuidePin)!.Item.Label);
        Assert.Equal("Osteotome", open.Of(Tool.Osteotome)!.Item.Label);
        Assert.Equal("Screw", open.Of(Tool.Implant)!.Item.Label);
        Assert.Equal("Impactor", open.Of(Tool.Impactor)!.Item.Label);
        Assert.Null(open.Of(Tool.Broach));
        Assert.Equal("⇧1", open.Of(Tool.Implant)!.KeyLabel);
        var mis = Tray.For(ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis")));
        Assert.Equal("Implant", mis.Of(Tool.Implant)!.Item.Label);
        Assert.Equal("1", mis.Of(Tool.Marker)!.KeyLabel);
    }

    [Fact]
    public void Past_the_tenth_instrument_the_keys_are_shift_and_a_number()
    {
        var tray = Tray.Full;
        Assert.Equal(TrayItem.All.Count, tray.Slots.Count);
        Assert.Equal("0", tray.Slots[10].KeyLabel);
        Assert.Equal(Keys.D0, tray.Slots[10].Key);
        Assert.Equal("⇧1", tray.Slots[11].KeyLabel);
        Assert.Equal((Keys.D1, Keys.ModShift), (tray.Slots[11].Key, tray.Slots[11].Modifiers));
        Assert.Same(tray.Slots[11], tray.Picked(new KeyPress(Keys.D1, Keys.ModShift)));
        Assert.Same(tray.Slots[1], tray.Picked(new KeyPress(Keys.D1, 0)));
        Assert.Equal("1–9, 0, ⇧1–⇧5, V", tray.KeysText);
        Assert.StartsWith("1 Marker · 2 Scalpel", tray.Listing);
        Assert.EndsWith("⇧4 Drain · ⇧5 Suture · V View", tray.Listing);
    }

    [Fact]
    public void Refusals_name_the_instrument_by_its_key_in_this_tray()
    {
        var hints = new TrayHints(Tray.For(OpenHands));
        var window = OpenHands.FindStep("iliac-window")!;
        Assert.Equal("tool 5 Osteotome: drag from corner to corner on the bone, or Enter, arrows, Enter", hints.How(window));
        Assert.Equal("tool 7 Impactor: click in the window, or Enter at the +", hints.How(OpenHands.FindStep("replace-block")!));
    }
}
