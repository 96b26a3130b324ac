using Simulator.App.Cli;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Diagnostics;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Start;

/// <summary>
/// The start screen without GL: the scenarios to pick from, the file field, the mode, the trainee name,
/// the problem box, and what every key and click does to them.
/// </summary>
/// <remarks>
/// It never gives up: a remembered scenario that is missing or invalid becomes a notice with its located
/// errors and the default scenario is selected instead; a file that does not load stays unopened with
/// its errors shown. Only <see cref="Start"/> on a scenario that loads produces a <see cref="Choice"/>.
/// </remarks>
public sealed class StartScreenModel
{
    private const double DoubleClickSeconds = 0.4;
    private readonly List<ScenarioEntry> _entries = new();
    private readonly string _defaultPath;
    private double _lastClickAt = double.NegativeInfinity;
    private int _lastClickEntry = -1;

    public StartScreenModel(string scenariosDirectory, TrainerSettings settings, Mode? mode = null, string? trainee = null)
    {
        ScenariosDirectory = Path.GetFullPath(scenariosDirectory);
        _defaultPath = Path.Combine(ScenariosDirectory, ScenarioLocator.DefaultScenarioId + ".yaml");
        if (Directory.Exists(ScenariosDirectory))
        {
            foreach (var file in Directory.GetFiles(ScenariosDirectory, "*.yaml").Order(StringComparer.Ordinal))
            {
                _entries.Add(Describe(file, ScenarioLocator.LoadFile(file)));
            }
        }

        foreach (var recent in settings.RecentScenarios.Where(File.Exists))
        {
            if (IndexOf(recent) < 0)
            {
                _entries.Add(Describe(recent, ScenarioLocator.LoadFile(recent)));
            }
        }

        Mode = mode ?? settings.Mode;
        Trainee = trainee ?? settings.Trainee;
        Selected = Math.Max(0, IndexOf(_defaultPath));
        if (settings.LastScenario.Length > 0)
        {
            Remembered(settings.LastScenario);
        }
    }

    public string ScenariosDirectory { get; }

    public IReadOnlyList<ScenarioEntry> Entries => _entries;

    public int Selected { get; private set; }

    public ScenarioEntry? SelectedEntry => Selected < _entries.Count ? _entries[Selected] : null;

    /// <summary>The first entry shown in the list (it scrolls to keep the selection in view).</summary>
    public int ListScroll { get; private set; }

    /// <summary>How many entries the list shows at once (set by the window from its layout).</summary>
    public int VisibleRows { get; set; } = 6;

    public Mode Mode { get; set; }

    public string Trainee { get; set; }

    /// <summary>The path typed into the "open a file" field.</summary>
    public string OpenPath { get; set; } = "";

    public StartField Focus { get; set; } = StartField.Scenarios;

    /// <summary>The problem box: why a scenario could not be opened, with its located errors; null when all is well.</summary>
    public StartNotice? Notice { get; private set; }

    /// <summary>Set by <see cref="Start"/> when the selected scenario loads: the session to open.</summary>
    public StartChoice? Choice { get; private set; }

    /// <summary>Reads the trainee's record for <see cref="Standing"/>, or null to show none.</summary>
    public Sessions.TraineeStanding? Records { get; init; }

    /// <summary>The trainee's last scores and proficiency on the selected scenario (read only when the name or the selection changes).</summary>
    public Sessions.StandingText Standing =>
        Records?.For(Trainee, SelectedEntry is { Valid: true } entry ? entry.Scenario : null) ?? Sessions.StandingText.None;

    /// <summary>The trainee asked to leave (Esc).</summary>
    public bool QuitRequested { get; private set; }

    /// <summary>Whether the default scenario is here and loads (it is offered when another one fails).</summary>
    public bool HasDefault => IndexOf(_defaultPath) is var i && i >= 0 && _entries[i].Valid;

    /// <summary>The default scenario's entry, if it is here.</summary>
    public ScenarioEntry? DefaultEntry => IndexOf(_defaultPath) is var i && i >= 0 ? _entries[i] : null;

    public void Select(int index)
    {
        if (_entries.Count == 0)
        {
            return;
        }

        Selected = Math.Clamp(index, 0, _entries.Count - 1);
        ListScroll = Math.Clamp(ListScroll, Math.Max(0, Selected - VisibleRows + 1), Selected);
        var entry = _entries[Selected];
        Notice = entry.Valid ? null : Errors($"{entry.Name} has errors: fix the file or choose another scenario.", entry.Errors);
    }

    /// <summary>Scrolls the list by whole rows (mouse wheel), leaving the selection where it is.</summary>
    public void Scroll(int rows) => ListScroll = Math.Clamp(ListScroll + rows, 0, Math.Max(0, _entries.Count - VisibleRows));

    /// <summary>Selects the default scenario and clears the problem box.</summary>
    public void UseDefault()
    {
        var index = IndexOf(_defaultPath);
        if (index >= 0)
        {
            Select(index);
            Focus = StartField.Scenarios;
        }
    }

    /// <summary>Opens the file typed in the field: listed and selected if it loads, else its errors in the problem box.</summary>
    public bool OpenTyped()
    {
        var typed = OpenPath.Trim();
        if (typed.Length == 0)
        {
            Notice = new StartNotice("Type the path of a scenario file (or a scenario id), then press Enter.", Array.Empty<string>(), false);
            Focus = StartField.OpenFile;
            return false;
        }

        if (typed.StartsWith("~/", StringComparison.Ordinal))
        {
            typed = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), typed[2..]);
        }

        var path = Path.GetFullPath(ScenarioLocator.Resolve(typed));
        var result = ScenarioLocator.LoadFile(path);
        if (!result.Ok)
        {
            Notice = Errors($"{typed} cannot be opened.", result.Diagnostics);
            Focus = StartField.OpenFile;
            return false;
        }

        var index = IndexOf(path);
        if (index < 0)
        {
            _entries.Add(Describe(path, result));
            index = _entries.Count - 1;
        }
        else
        {
            _entries[index] = Describe(path, result);
        }

        Select(index);
        Focus = StartField.Scenarios;
        return true;
    }

    /// <summary>Starts the selected scenario if it loads (read again now, so edits made meanwhile count); else shows why.</summary>
    public bool Start()
    {
        if (SelectedEntry is not { } entry)
        {
            Notice = new StartNotice($"There are no scenarios in {ScenariosDirectory}: open a file by path.", Array.Empty<string>(), false);
            return false;
        }

        var result = ScenarioLocator.LoadFile(entry.Path);
        _entries[Selected] = Describe(entry.Path, result);
        if (!result.Ok)
        {
            Notice = Errors($"{entry.Name} cannot be opened: fix the file or choose another scenario.", result.Diagnostics);
            return false;
        }

        Choice = new StartChoice(result.Value!, Mode, Trainee.Trim());
        return true;
    }

    /// <summary>A key press (GLFW key code and modifiers); text arrives through <see cref="Type"/>.</summary>
    public void Key(int key, int modifiers)
    {
        var control = (modifiers & Keys.ModControl) != 0;
        if (control && key == 'D')
        {
            UseDefault();
            return;
        }

        if (control && key == 'O')
        {
            Focus = StartField.OpenFile;
            return;
        }

        switch (key)
        {
            case Keys.Escape:
                QuitRequested = true;
                return;
            case Keys.Tab:
                var count = Enum.GetValues<StartField>().Length;
                Focus = (StartField)(((int)Focus + ((modifiers & Keys.ModShift) != 0 ? count - 1 : 1)) % count);
                return;
            case Keys.Enter when Focus == StartField.OpenFile:
                OpenTyped();
                return;
            case Keys.Enter:
                Start();
                return;
        }

        switch (Focus)
        {
            case StartField.Scenarios:
                var page = Math.Max(1, VisibleRows - 1);
                switch (key)
                {
                    case Keys.Up: Select(Selected - 1); break;
                    case Keys.Down: Select(Selected + 1); break;
                    case Keys.PageUp: Select(Selected - page); break;
                    case Keys.PageDown: Select(Selected + page); break;
                    case Keys.Home: Select(0); break;
                    case Keys.End: Select(_entries.Count - 1); break;
                }

                break;
            case StartField.Mode:
                if (key is Keys.Left or Keys.Right or Keys.Up or Keys.Down or Keys.Space)
                {
                    Mode = Mode == Mode.Guided ? Mode.Assessment : Mode.Guided;
                }
                else if (key == 'G')
                {
                    Mode = Mode.Guided;
                }
                else if (key == 'A')
                {
                    Mode = Mode.Assessment;
                }

                break;
            case StartField.Start when key == Keys.Space:
                Start();
                break;
            case StartField.OpenFile or StartField.Trainee when key == Keys.Backspace:
                Edit(text => control ? "" : text.Length == 0 ? text : text[..^(char.IsLowSurrogate(text[^1]) && text.Length > 1 ? 2 : 1)]);
                break;
        }
    }

    /// <summary>A typed character: goes into the focused text field (ignored elsewhere, so letters never act as shortcuts by surprise).</summary>
    public void Type(uint codepoint)
    {
        if (codepoint < 32 || codepoint == 127 || codepoint > 0x10FFFF || Focus is not (StartField.OpenFile or StartField.Trainee))
        {
            return;
        }

        var text = char.ConvertFromUtf32((int)codepoint);
        Edit(current => current.Length + text.Length > 200 ? current : current + text);
    }

    /// <summary>A click on a control; two clicks on the same scenario within 0.4 s start it.</summary>
    public void Click(StartTarget target, double atSeconds)
    {
        switch (target.Kind)
        {
            case StartTargetKind.Entry:
                var again = target.Index == _lastClickEntry && atSeconds - _lastClickAt < DoubleClickSeconds;
                Select(target.Index);
                Focus = StartField.Scenarios;
                (_lastClickEntry, _lastClickAt) = (target.Index, atSeconds);
                if (again)
                {
                    Start();
                }

                return;
            case StartTargetKind.OpenField: Focus = StartField.OpenFile; break;
            case StartTargetKind.OpenButton: OpenTyped(); break;
            case StartTargetKind.Guided: Mode = Mode.Guided; Focus = StartField.Mode; break;
            case StartTargetKind.Assessment: Mode = Mode.Assessment; Focus = StartField.Mode; break;
            case StartTargetKind.TraineeField: Focus = StartField.Trainee; break;
            case StartTargetKind.StartButton: Focus = StartField.Start; Start(); break;
            case StartTargetKind.UseDefault: UseDefault(); break;
        }

        _lastClickEntry = -1;
    }

    private void Remembered(string last)
    {
        var path = Path.GetFullPath(last);
        var result = ScenarioLocator.LoadFile(path);
        var index = IndexOf(path);
        if (result.Ok)
        {
            if (index < 0)
            {
                _entries.Add(Describe(path, result));
                index = _entries.Count - 1;
            }

            Select(index);
            return;
        }

        Notice = Errors(
            HasDefault ? "The scenario you used last time cannot be opened; the default scenario is selected instead." : "The scenario you used last time cannot be opened.",
            result.Diagnostics);
    }

    private StartNotice Errors(string headline, IReadOnlyList<Diagnostic> diagnostics) =>
        new(headline, diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList(), HasDefault);

    private void Edit(Func<string, string> change)
    {
        if (Focus == StartField.OpenFile)
        {
            OpenPath = change(OpenPath);
        }
        else if (Focus == StartField.Trainee)
        {
            Trainee = change(Trainee);
        }
    }

    private int IndexOf(string path)
    {
        var full = Path.GetFullPath(path);
        return _entries.FindIndex(e => string.Equals(e.Path, full, StringComparison.Ordinal));
    }

    private ScenarioEntry Describe(string path, LoadResult<Scenario> result)
    {
        var full = Path.GetFullPath(path);
        var opened = !string.Equals(Path.GetDirectoryName(full), ScenariosDirectory, StringComparison.Ordinal);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        return result.Ok
            ? new ScenarioEntry(full, result.Value!.Title, result.Value.Description, result.Value.ExpandedReference().Count, errors, opened, result.Value)
            : new ScenarioEntry(full, Path.GetFileName(full), "", 0, errors, opened);
    }
}
