using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>One instrument in a scenario's tray with the key that picks it (a tray slot clicked is that key).</summary>
/// <param name="Item">The instrument.</param>
/// <param name="Key">GLFW key code.</param>
/// <param name="Modifiers">GLFW modifier bits the key needs (Shift for the tools after the tenth).</param>
/// <param name="KeyLabel">The key as the tray and the hints show it: "1", "0", "⇧2", "V".</param>
public sealed record TraySlot(TrayItem Item, int Key, int Modifiers, string KeyLabel)
{
    public Tool Tool => Item.Tool;

    /// <summary>"Marker (1)".</summary>
    public string Name => $"{Item.Label} ({KeyLabel})";
}

/// <summary>The tray of one scenario: View, then every instrument its steps and distractors use, in tray order, numbered 1–9, 0, then ⇧1–⇧9.</summary>
/// <remarks>
/// Showing only the instruments the scenario needs keeps every slot readable at the smallest window and the numbers short. The
/// View tool is always there, on V. Every instrument is reachable by a click on its slot and by its key, and the key list (F1)
/// lists them as numbered here.
/// </remarks>
public sealed class Tray
{
    /// <summary>The key of the View tool (it only turns, pans and zooms the view).</summary>
    public const int ViewKey = 'V';

    private Tray(IReadOnlyList<TraySlot> slots) => Slots = slots;

    /// <summary>The slots in tray order, View first.</summary>
    public IReadOnlyList<TraySlot> Slots { get; }

    /// <summary>Every instrument, numbered in tray order (for a scenario that is not known).</summary>
    public static Tray Full { get; } = Number(TrayItem.All);

    /// <summary>Longest instrument name the tray shows as a label; a longer one keeps the tray's own word.</summary>
    public const int MaxLabelLength = 10;

    /// <summary>
    /// The tray for <paramref name="scenario"/>: View and the instruments of its steps' and distractors' actions, each called by the
    /// name the scenario gives it (<c>instruments:</c>) when that fits a slot ("Guide wire", "Osteotome"), and the implant tool
    /// "Screw" for a screw.
    /// </summary>
    public static Tray For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var actions = scenario.Steps.Select(s => s.Action).Concat(scenario.Distractors.Select(d => d.Action)).ToHashSet();
        return Number(TrayItem.All.Where(i => i.Tool == Tool.Camera || i.Actions.Any(actions.Contains))
            .Select(i => Named(i, scenario.Instruments))
            .ToList());
    }

    /// <summary>The item labelled with the scenario's name for it, when it declares one short enough.</summary>
    private static TrayItem Named(TrayItem item, IReadOnlyList<Instrument> instruments)
    {
        var kinds = item.Tool switch
        {
            Tool.Marker => new[] { "marker" },
            Tool.Scalpel => new[] { "scalpel" },
            Tool.Dissector => new[] { "dissector" },
            Tool.Bipolar => new[] { "bipolar" },
            Tool.Osteotome => new[] { "osteotome" },
            Tool.Curette => new[] { "curette" },
            Tool.Impactor => new[] { "impactor" },
            Tool.GuidePin => new[] { InstrumentKinds.Pin },
            Tool.CArm => new[] { "c-arm" },
            Tool.Drill => new[] { InstrumentKinds.Drill },
            Tool.Broach => new[] { InstrumentKinds.Broach },
            Tool.Implant => new[] { InstrumentKinds.Screw, InstrumentKinds.TriangularImplant },
            Tool.Syringe => new[] { "syringe" },
            Tool.Suture => new[] { "suture" },
            _ => Array.Empty<string>(),
        };
        if (instruments.FirstOrDefault(i => kinds.Contains(i.Kind)) is not { } declared)
        {
            return item;
        }

        if (declared.Name.Length <= MaxLabelLength)
        {
            return item with { Label = declared.Name };
        }

        return declared.Kind == InstrumentKinds.Screw ? item with { Label = "Screw" } : item;
    }

    /// <summary>The slot of <paramref name="tool"/>, or null when this scenario's tray does not have it.</summary>
    public TraySlot? Of(Tool tool) => Slots.FirstOrDefault(s => s.Tool == tool);

    /// <summary>The slot whose instrument performs <paramref name="action"/>, or null.</summary>
    public TraySlot? Performing(string action) => Slots.FirstOrDefault(s => s.Item.Performs(action));

    /// <summary>The slot <paramref name="press"/> picks, or null (a number past the last tool, a digit with Ctrl).</summary>
    public TraySlot? Picked(KeyPress press) =>
        Slots.FirstOrDefault(s => s.Key == press.Key && (s.Modifiers & Keys.ModShift) == (press.Modifiers & Keys.ModShift));

    /// <summary>The keys as the key list shows them, e.g. "1–9, 0, ⇧1–⇧3, V".</summary>
    public string KeysText
    {
        get
        {
            var numbered = Slots.Count - 1;
            var parts = new List<string>();
            if (numbered > 0)
            {
                parts.Add(numbered == 1 ? "1" : $"1–{Math.Min(numbered, 9)}");
            }

            if (numbered >= 10)
            {
                parts.Add("0");
            }

            if (numbered >= 11)
            {
                parts.Add(numbered == 11 ? "⇧1" : $"⇧1–⇧{numbered - 10}");
            }

            parts.Add("V");
            return string.Join(", ", parts);
        }
    }

    /// <summary>"1 Marker · 2 Scalpel · … · V View".</summary>
    public string Listing => string.Join(" · ", Slots.Skip(1).Append(Slots[0]).Select(s => $"{s.KeyLabel} {s.Item.Label}"));

    private static Tray Number(IReadOnlyList<TrayItem> items)
    {
        var slots = new List<TraySlot>();
        var n = 0;
        foreach (var item in items)
        {
            if (item.Tool == Tool.Camera)
            {
                slots.Add(new TraySlot(item, ViewKey, 0, "V"));
                continue;
            }

            // 1–9, then 0, then Shift with 1–9.
            var digit = n < 9 ? n + 1 : n == 9 ? 0 : n - 9;
            var shift = n >= 10;
            slots.Add(new TraySlot(item, Keys.D0 + digit, shift ? Keys.ModShift : 0, shift ? $"⇧{digit}" : $"{digit}"));
            n++;
        }

        return new Tray(slots);
    }
}
