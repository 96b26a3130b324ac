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
        var session = new Session(_scenario, _mode, Scene.AnatomyJudge.Shared);
        var clock = Stopwatch.StartNew();
        _console.Write(new Rule($"[bold]{Markup.Escape(_scenario.Title)}[/] — {(_mode == Mode.Guided ? "guided" : "assessment")} mode"));
        _console.MarkupLine(_lines is null
            ? "Pick each action with the arrow keys and Enter; choose [bold]finish[/] when you are done."
            : "Type an action number or id per line; 'finish' (or end of input) ends the session.");

        while (true)
        {
            ShowStatus(session, clock.Elapsed.TotalSeconds);
            var action = Choose();
            if (action is null)
            {
                break;
            }

            // In guided mode a refused action is refused before the trainee is asked for its measurements.
            var refusedUpFront = _mode == Mode.Guided && action.Step is { } due
                && Preconditions.FirstUnmet(_scenario, due, session.Counts.GetValueOrDefault(due.Id) + 1, session.Counts) is not null;
            var with = action.Step is { } step && !refusedUpFront ? AskMeasurements(step) : new Dictionary<string, Measurement>();
            var ev = new AttemptEvent(action.Id, Math.Round(clock.Elapsed.TotalSeconds, 1), with);
            var verdict = session.Submit(ev);
            log.Append(ev, OutcomeNames.Of(verdict.Outcome), verdict.Message);
            ShowVerdict(verdict);
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

    private Action? Choose()
    {
        if (_lines is null)
        {
            var prompt = new SelectionPrompt<string>()
                .Title("Action:")
                .PageSize(15)
                .EnableSearch()
                .AddChoices(_actions.Select(a => a.Label).Append(FinishChoice));
            var label = _console.Prompt(prompt);
            return _actions.FirstOrDefault(a => a.Label == label);
        }

        if (!_listed)
        {
            ListActions();
        }

        while (true)
        {
            _console.Markup("Action (number or id; 'list', 'finish'): ");
            var line = _lines.ReadLine();
            if (line is null || line.Trim() is "finish" or "q" or "quit")
            {
                return null;
            }

            var text = line.Trim();
            if (text is "list" or "?")
            {
                ListActions();
                continue;
            }

            if (int.TryParse(text, out var n) && n >= 1 && n <= _actions.Count)
            {
                return _actions[n - 1];
            }

            if (_actions.FirstOrDefault(a => a.Id == text) is { } byId)
            {
                return byId;
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

    private void ShowVerdict(EventVerdict verdict)
    {
        var colour = verdict.Outcome switch
        {
            Outcome.Accepted => "blue",
            Outcome.Refused or Outcome.Distractor or Outcome.PreconditionViolated => "darkorange",
            _ => "yellow",
        };
        if (_mode == Mode.Assessment && verdict.Outcome != Outcome.Refused)
        {
            _console.MarkupLine("[grey]recorded[/]");
            return;
        }

        var text = verdict.Outcome == Outcome.Accepted ? "done" : verdict.Message;
        _console.MarkupLine($"[{colour}]{Markup.Escape(OutcomeNames.Badge(verdict.Outcome))}[/] {Markup.Escape(text)}");
        if (verdict.Outcome != Outcome.Accepted && verdict.Rationale.Length > 0)
        {
            _console.MarkupLine($"[italic]Why it matters:[/] {Markup.Escape(verdict.Rationale)}");
        }

        if (verdict.Outcome == Outcome.Refused)
        {
            _console.MarkupLine("Nothing was done — try again.");
        }
    }
}
