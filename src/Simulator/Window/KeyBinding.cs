namespace Simulator.App.Window;

/// <summary>One row of the key table: the keys, what they do (as the key list shows it) and the action they run.</summary>
/// <param name="Scope">Where the keys work.</param>
/// <param name="Keys">The keys as the key list names them, e.g. "PgUp PgDn, + −".</param>
/// <param name="What">What they do, in the trainee's words.</param>
/// <param name="Codes">The GLFW key codes that trigger the row.</param>
/// <param name="Run">The action; it gets the press (which key, Shift for ×5).</param>
public sealed record KeyBinding(KeyScope Scope, string Keys, string What, int[] Codes, Action<TrainerControls, KeyPress> Run)
{
    /// <summary>The row needs Ctrl held (and a row without it does not fire with Ctrl).</summary>
    public bool Ctrl { get; init; }

    /// <summary>The key is an action of the procedure, so the first one starts the session clock.</summary>
    public bool StartsClock { get; init; }

    /// <summary>Only in guided mode (the key list says so; assessment mode ignores the key).</summary>
    public bool GuidedOnly { get; init; }

    /// <summary>The instrument the row is for: the key list leaves it out when the scenario's tray has no such instrument.</summary>
    public Tool? ForTool { get; init; }

    /// <summary>The row picks tray instruments: the key list shows the scenario's tray with its actual keys in its place.</summary>
    public bool PicksTool { get; init; }

    public bool Matches(KeyPress press) => Codes.Contains(press.Key) && Ctrl == press.Ctrl;
}
