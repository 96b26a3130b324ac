using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>The one key table: it drives the keyboard, every on-screen button (a button is its key) and the key list (F1).</summary>
/// <remarks>Rows are tried in order within a scope; a row with <see cref="KeyBinding.Ctrl"/> only fires with Ctrl held.</remarks>
public static class KeyTable
{
    public const int LeftBracket = 91;
    public const int RightBracket = 93;

    private static readonly int[] Arrows = { Keys.Left, Keys.Right, Keys.Up, Keys.Down };
    private static readonly int[] TrayKeys = Enumerable.Range(Keys.D0, 10).Append(Tray.ViewKey).ToArray();
    private static readonly int[] More = { Keys.PageUp, Keys.Equal, Keys.KeypadAdd };
    private static readonly int[] Less = { Keys.PageDown, Keys.Minus, Keys.KeypadSubtract };

    public static IReadOnlyList<KeyBinding> All { get; } = new KeyBinding[]
    {
        new(KeyScope.Anywhere, "F1", "open or close this list of keys", new[] { Keys.F1 }, (c, _) => c.ToggleHelp()),
        new(KeyScope.Anywhere, "Ctrl + / Ctrl −", "larger or smaller text", new[] { Keys.Equal, Keys.KeypadAdd, Keys.Minus, Keys.KeypadSubtract },
            (c, p) => c.ChangeTextScale(p.Key is Keys.Equal or Keys.KeypadAdd ? 0.1f : -0.1f)) { Ctrl = true },
        new(KeyScope.Help, "Esc", "close this list", new[] { Keys.Escape }, (c, _) => c.ToggleHelp()),

        new(KeyScope.Operating, "1–9, 0, ⇧1…, V", "pick an instrument from the tray, numbered in tray order (V: look only); or click it",
            TrayKeys, (c, p) => c.PickFromTray(p)) { StartsClock = true, PicksTool = true },
        new(KeyScope.Operating, "Enter", "use the instrument at the + (arrows move it); bipolar, osteotome, curette: Enter, arrows, "
            + "Enter; advance the pin; drill, broach, implant over it",
            new[] { Keys.Enter, Keys.KeypadEnter }, (c, _) => c.Primary()) { StartsClock = true },
        new(KeyScope.Operating, "Space", "take a C-arm shot (the foot pedal)", new[] { Keys.Space },
            (c, _) => c.Shoot()) { StartsClock = true },
        new(KeyScope.Operating, "L A I O", "C-arm presets lateral, AP, inlet, outlet: near the view, not onto it — adjust, shoot, look",
            new int[] { 'L', 'A', 'I', 'O' },
            (c, p) => c.PresetCArm(p.Key switch { 'L' => CameraView.Lateral, 'A' => CameraView.Ap, 'I' => CameraView.Inlet, _ => CameraView.Outlet }))
            { StartsClock = true },
        new(KeyScope.Operating, "F", "C-arm panel: full view on or off", new[] { (int)'F' }, (c, _) => c.ToggleFullView()),
        new(KeyScope.Operating, "S", "3D view back to the surgeon's view", new[] { (int)'S' },
            (c, _) => c.SetView(CameraView.Surgeon)),
        new(KeyScope.Operating, "Ctrl + arrows", "walk the + or the docked pin's tip over the surface, 1 mm (Shift 5); "
            + "C-arm: move it 5 mm", Arrows, (c, p) => c.Walk(p)) { Ctrl = true, StartsClock = true },
        new(KeyScope.Operating, "arrows", "C-arm: rotate ← →, tilt ↑ ↓; tools for skin or bone: move the +; docked pin: aim; "
            + "else turn the view (Shift ×5)", Arrows, (c, p) => c.Arrow(p)),
        new(KeyScope.Operating, "PgUp PgDn, + −", "incision length, pin and drill depth, implant size, countersink, C-arm tilt; "
            + "View: zoom (Shift ×5)",
            More.Concat(Less).ToArray(), (c, p) => c.Adjust(More.Contains(p.Key) ? p.Step : -p.Step)),
        new(KeyScope.Operating, "C", "confirm a check step (time-out, counts)", new[] { (int)'C' },
            (c, _) => c.Confirm()) { StartsClock = true },
        new(KeyScope.Operating, "G", "depth gauge over the pin: reads the drilled depth and picks the implant size", new[] { (int)'G' },
            (c, _) => c.Gauge()) { StartsClock = true },
        new(KeyScope.Operating, "B", "impactor: carry graft chips or the bone block", new[] { (int)'B' }, (c, _) => c.SwitchImpactorLoad())
            { ForTool = Tool.Impactor },
        new(KeyScope.Operating, "R", "remove the guide pin", new[] { (int)'R' }, (c, _) => c.RemovePin()) { StartsClock = true },
        new(KeyScope.Operating, "W", "withdraw the guide pin to re-dock or re-aim it (a logged redo)", new[] { (int)'W' },
            (c, _) => c.Withdraw()) { StartsClock = true },
        new(KeyScope.Operating, "H", "show the plan (corridors blue, dangers orange): a hint, listed in the debrief",
            new[] { (int)'H' }, (c, _) => c.TogglePlan()) { GuidedOnly = true },
        new(KeyScope.Operating, "T", "show or hide the skin and soft tissue", new[] { (int)'T' }, (c, _) => c.ToggleSoftTissue()),
        new(KeyScope.Operating, "[ ]", "scroll the step list up or down (or the mouse wheel over it)", new[] { LeftBracket, RightBracket },
            (c, p) => c.ScrollSteps(p.Key == LeftBracket ? -3 : 3)),
        new(KeyScope.Operating, "P", "pause the clock", new[] { (int)'P' }, (c, _) => c.Pause()),
        new(KeyScope.Operating, "Esc", "end the procedure (asks first) and see the debrief", new[] { Keys.Escape }, (c, _) => c.AskEnd()),

        new(KeyScope.Paused, "P, Esc, Enter", "continue (the clock runs again)", new int[] { 'P', Keys.Escape, Keys.Enter, Keys.KeypadEnter },
            (c, _) => c.Resume()),
        new(KeyScope.ConfirmEnd, "Enter, Y", "finish and see the debrief", new int[] { Keys.Enter, Keys.KeypadEnter, 'Y' }, (c, _) => c.Finish()),
        new(KeyScope.ConfirmEnd, "Esc, N", "keep operating", new int[] { Keys.Escape, 'N' }, (c, _) => c.KeepOperating()),
        new(KeyScope.Debrief, "↑ ↓ PgUp PgDn", "scroll the debrief (or the mouse wheel)", new[] { Keys.Up, Keys.Down, Keys.PageUp, Keys.PageDown },
            (c, p) => c.ScrollDebrief(p.Key switch { Keys.Up => -1, Keys.Down => 1, Keys.PageUp => -10, _ => 10 })),
        new(KeyScope.Debrief, "Esc, Enter, Q", "close the trainer", new int[] { Keys.Escape, Keys.Enter, Keys.KeypadEnter, 'Q' }, (c, _) => c.Close()),
    };

    /// <summary>Mouse actions for the key list (they are not keys, so they drive nothing here).</summary>
    public static IReadOnlyList<(string Keys, string What)> Mouse { get; } = new[]
    {
        ("left click, drag", "drag the scalpel, bipolar, osteotome (corner to corner), curette; click to mark, impact, dock the pin; "
            + "click the pin to advance, drill, broach, implant"),
        ("click tray, button", "pick an instrument, or do what the button says (its key is on it)"),
        ("C-arm panel", "drag the title to move, the corner to resize, the scales to rotate or tilt, the image to move the C-arm; □ full view"),
        ("right, middle drag", "turn, pan the view"),
        ("wheel", "zoom the view; over the step list, scroll it"),
    };

    /// <summary>The first row of <paramref name="scope"/> that <paramref name="press"/> triggers, or null.</summary>
    public static KeyBinding? Find(KeyScope scope, KeyPress press) => All.FirstOrDefault(b => b.Scope == scope && b.Matches(press));

    /// <summary>The short name a button shows for <paramref name="key"/>: "Enter", "Esc", "F1", "C".</summary>
    public static string Name(int key) => key switch
    {
        Keys.Enter or Keys.KeypadEnter => "Enter",
        Keys.Escape => "Esc",
        Keys.Space => "Space",
        Keys.F1 => "F1",
        Keys.PageUp => "PgUp",
        Keys.PageDown => "PgDn",
        Keys.Left => "←",
        Keys.Right => "→",
        Keys.Up => "↑",
        Keys.Down => "↓",
        LeftBracket => "[",
        RightBracket => "]",
        _ => ((char)key).ToString(),
    };
}
