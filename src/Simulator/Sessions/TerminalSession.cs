using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Spectre.Console;

namespace Simulator.App.Sessions;

/// <summary>The no-display trainer: the resident picks each action from a list and gets feedback in the terminal.</summary>
/// <remarks>
/// With an interactive terminal the list is an arrow-key menu; with redirected input each line is an
/// action number or id (so the session can be driven by another program). Actions are listed
/// alphabetically, mixing steps and distractors, so the list never gives the order away.
/// </remarks>
public sealed class TerminalSession
{
    private const string FinishChoice = "— finish the procedure —";
    private const string RedoWord = "redo";
    private readonly Scenario _scenario;
    private readonly Mode _mode;
    private readonly IAnsiConsole _console;
    private readonly TextReader? _lines;
    private readonly List<Action> _actions;
    private bool _listed;

    public TerminalSession(Scenario scenario, Mode mode, IAnsiConsole console, TextReader? lines)
    {
        _scenario = scenario;
        _mode = mode;
        _console = console;
        _lines = lines;
        _actions = scenario.Steps.Select(s => new Action(s.Id, s.Name, s.Instrument, s))
            .Concat(scenario.Distractors.Select(d => new Action(d.Id, d.Name, d.Instrument, null)))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private sealed record Action(string Id, string Name, string Instrument, Step? Step)
    {
        public string Label => Instrument.Length > 0 ? $"{Name} [{Instrument}]" : Name;
    }

    /// <summary>Runs until the trainee finishes (or input ends); every event goes to <paramref name="log"/> as it happens.</summary>
    public Session Run(SessionLogWriter log)
    {
        var session = new Session(_scenario, _mode, Scene.AnatomyJudge.Shared) { Hints = TerminalHints.Instance };
        var clock = Stopwatch.StartNew();
        _console.Write(new Rule($"[bold]{Markup.Escape(_scenario.Title)}[/] — {(_mode == Mode.Guided ? "guided" : "assessment")} mode"));
        _console.MarkupLine(_lines is null
            ? "Pick each action with the arrow keys and Enter; choose [bold]finish[/] when you are done."
            : "Type an action number or id per line; 'finish' (or end of input) ends the session.");

        while (true)
        {
            ShowStatus(session, clock.Elapsed.TotalSeconds);
            var (action, redo) = Choose(session.RedoCandidate);
            if (action is null)
            {
                break;
            }

            // In guided mode a refused action is refused before the trainee is asked for its measurements.
            var refusedUpFront = !redo && _mode == Mode.Guided && action.Step is { } due
                && Preconditions.FirstUnmet(_scenario, due, session.Counts.GetValueOrDefault(due.Id) + 1, session.Counts) is not null;
            var with = action.Step is { } step && !refusedUpFront ? AskMeasurements(step) : new Dictionary<string, Measurement>();
            var ev = new AttemptEvent(action.Id, Math.Round(clock.Elapsed.TotalSeconds, 1), with) { Redo = redo };
            var verdict = session.Submit(ev);
            log.Append(ev, OutcomeNames.Of(verdict.Outcome), verdict.Message);
            ShowVerdict(FeedbackMessage.For(verdict, session));
        }

        return session;
    }

    private void ShowStatus(Session session, double elapsedSeconds)
    {
        var progress = session.Progress;
        var iteration = session.Expected is { GroupIteration: { } i, GroupRepeat: { } n } ? $" · cycle {i} of {n}" : "";
        _console.WriteLine();
        _console.MarkupLine($"[grey]step {progress.Done} of {progress.Total} · phase {Markup.Escape(session.Phase)}{iteration} · {elapsedSeconds:0}s[/]");
        if (_mode == Mode.Guided && session.Expected is { } next)
        {
            var optional = next.Optional ? " (optional)" : "";
            _console.MarkupLine($"[bold]Next{optional}:[/] {Markup.Escape(next.Step.Name)} — {Markup.Escape(next.Hint)}");
            if (next.Why.Length > 0)
            {
                _console.MarkupLine($"[italic]Why:[/] {Markup.Escape(next.Why)}");
            }
        }
        else if (session.Expected is null)
        {
            _console.MarkupLine("[bold]Every step is done.[/] Choose finish to see your debrief.");
        }
    }

    /// <summary>The next action, and whether it is a redo of <paramref name="redoable"/>; (null, false) to finish.</summary>
    private (Action? Action, bool Redo) Choose(Step? redoable)
    {
        var redoAction = redoable is null ? null : _actions.First(a => a.Id == redoable.Id);
        if (_lines is null)
        {
            var redoChoice = redoable is null ? null : $"↺ redo: {RedoRule.Offer(redoable)} ({redoable.Name})";
            var prompt = new SelectionPrompt<string>()
                .Title("Action:")
                .PageSize(15)
                .EnableSearch()
                .AddChoices(_actions.Select(a => a.Label).Concat(redoChoice is null ? Array.Empty<string>() : new[] { redoChoice }).Append(FinishChoice));
            var label = _console.Prompt(prompt);
            return label == redoChoice ? (redoAction, true) : (_actions.FirstOrDefault(a => a.Label == label), false);
        }

        if (!_listed)
        {
            ListActions();
        }

        while (true)
        {
            var redoHint = redoable is null ? "" : $", '{RedoWord}' to {RedoRule.Offer(redoable)}";
            _console.Markup($"Action (number or id; 'list', 'finish'{Markup.Escape(redoHint)}): ");
            var line = _lines.ReadLine();
            if (line is null || line.Trim() is "finish" or "q" or "quit")
            {
                return (null, false);
            }

            var text = line.Trim();
            if (text is "list" or "?")
            {
                ListActions();
                continue;
            }

            if (text == RedoWord)
            {
                if (redoAction is not null)
                {
                    return (redoAction, true);
                }

                _console.MarkupLine("[yellow]Nothing to redo: a redo withdraws a guide pin that is docked, or advanced and not yet drilled over.[/]");
                continue;
            }

            if (int.TryParse(text, out var n) && n >= 1 && n <= _actions.Count)
            {
                return (_actions[n - 1], false);
            }

            if (_actions.FirstOrDefault(a => a.Id == text) is { } byId)
            {
                return (byId, false);
            }

            _console.MarkupLine($"[yellow]? '{Markup.Escape(text)}' is not an action: type 1–{_actions.Count} or an id.[/]");
        }
    }

    private void ListActions()
    {
        _listed = true;
        for (var i = 0; i < _actions.Count; i++)
        {
            _console.WriteLine($"  {i + 1,2}. {_actions[i].Label}");
        }
    }

    private Dictionary<string, Measurement> AskMeasurements(Step step)
    {
        var with = new Dictionary<string, Measurement>();
        foreach (var target in step.Targets)
        {
            var hint = _mode == Mode.Guided ? $" (target {target.RangeText}{(target.Critical ? ", a safety limit" : "")})" : "";
            var label = $"{target.Name} in {target.Unit}{hint}:";
            double value;
            if (_lines is null)
            {
                value = _console.Prompt(new TextPrompt<double>(Markup.Escape(label)));
            }
            else
            {
                _console.Markup(Markup.Escape(label) + " ");
                var line = _lines.ReadLine();
                if (line is null || !double.TryParse(line.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    _console.MarkupLine("[yellow]no number given; the measurement is left out[/]");
                    continue;
                }
            }

            with[target.Name] = Measurement.Of(value);
        }

        return with;
    }

    /// <summary>Prints the same words as the window's message box: guided mode all of it, assessment mode only "recorded".</summary>
    private void ShowVerdict(FeedbackMessage message)
    {
        if (message.Silent)
        {
            _console.MarkupLine("[grey]recorded[/]");
            return;
        }

        _console.MarkupLine($"[{Colour(message.Tone)}]{Markup.Escape(message.Badge)}[/]");
        foreach (var line in message.Lines)
        {
            _console.MarkupLine($"  [{Colour(line.Tone)}]{Markup.Escape(line.Text)}[/]");
        }
    }

    private static string Colour(FeedbackTone tone) => tone switch
    {
        FeedbackTone.Good => "blue",
        FeedbackTone.Warning => "yellow",
        FeedbackTone.Problem => "darkorange",
        FeedbackTone.Critical => "red",
        _ => "default",
    };
}
