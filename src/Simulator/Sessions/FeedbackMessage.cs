using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scoring;

namespace Simulator.App.Sessions;

/// <summary>What the trainee is shown after an action: a badge and lines, each with a tone. The window's HUD and the terminal both render it.</summary>
/// <param name="Badge">A symbol and a word, e.g. "✗ OFF TARGET", "⊘ REFUSED", "● RECORDED".</param>
/// <param name="Tone">The badge's tone.</param>
/// <param name="Lines">The engine's words: the outcome, each measurement with ✓/⚠/✗, the scenario's feedback, the redo offer, why it matters.</param>
/// <remarks>
/// Built from the engine's verdict, so every session kind says the same words. Guided mode shows it all at once;
/// assessment mode only says the action was recorded (the log keeps the full message for the debrief).
/// </remarks>
public sealed record FeedbackMessage(string Badge, FeedbackTone Tone, IReadOnlyList<FeedbackLine> Lines)
{
    /// <summary>The badge of everything assessment mode shows during the session.</summary>
    public const string RecordedBadge = "● RECORDED";

    /// <summary>True for assessment mode's silent "recorded" (the verdict is kept for the debrief).</summary>
    public bool Silent => Badge == RecordedBadge;

    /// <summary>The message for <paramref name="verdict"/> as <paramref name="session"/> shows it in its mode.</summary>
    public static FeedbackMessage For(EventVerdict verdict, Session session)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(session);
        var name = Names.Of(session.Scenario, verdict.Event.Do);
        if (session.Mode == Mode.Assessment && verdict.Outcome != Outcome.Refused)
        {
            return new FeedbackMessage(RecordedBadge, FeedbackTone.Neutral, new[] { new FeedbackLine($"{name} at {verdict.Event.At:0} s", FeedbackTone.Neutral) });
        }

        var lines = new List<FeedbackLine> { new(verdict.Headline.Length > 0 ? verdict.Headline : verdict.Message, FeedbackTone.Neutral) };
        lines.AddRange(verdict.Checks.Select(c => new FeedbackLine(c.Line, ToneOf(c))));
        if (verdict.Advice.Length > 0)
        {
            lines.Add(new FeedbackLine(verdict.Advice, FeedbackTone.Neutral));
        }

        if (verdict.RedoOffer.Length > 0 && session.Scenario.FindStep(verdict.Event.Do) is { } step)
        {
            var how = session.Hints.Redo(step) is { Length: > 0 } key ? $" ({key})" : "";
            lines.Add(new FeedbackLine($"↺ Redo: {verdict.RedoOffer}{how}", FeedbackTone.Good));
        }

        if (verdict.Outcome is not (Outcome.Accepted or Outcome.Redone) && verdict.Rationale.Length > 0)
        {
            lines.Add(new FeedbackLine("Why it matters: " + verdict.Rationale, FeedbackTone.Neutral));
        }

        if (verdict.Outcome == Outcome.Refused)
        {
            lines.Add(new FeedbackLine("Nothing was done — try again.", FeedbackTone.Neutral));
        }

        var (badge, tone) = BadgeOf(verdict);
        return new FeedbackMessage(badge, tone, lines);
    }

    /// <summary>A message that is not an engine verdict (a key with nothing to act on, a withdrawn pin); it is not logged.</summary>
    public static FeedbackMessage Notice(string badge, FeedbackTone tone, params string[] lines) =>
        new(badge, tone, lines.Select(l => new FeedbackLine(l, FeedbackTone.Neutral)).ToList());

    /// <summary>The badge and the lines, one per line, as plain text.</summary>
    public string Text => string.Join("\n", Lines.Select(l => l.Text).Prepend(Badge));

    public static FeedbackTone ToneOf(TargetCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Grade switch
        {
            CheckGrade.Inside => FeedbackTone.Good,
            CheckGrade.Near => FeedbackTone.Warning,
            _ => check.Critical ? FeedbackTone.Critical : FeedbackTone.Problem,
        };
    }

    private static (string Badge, FeedbackTone Tone) BadgeOf(EventVerdict verdict)
    {
        if (verdict.CriticalMiss)
        {
            return ("✗ SAFETY LIMIT", FeedbackTone.Critical);
        }

        if (verdict.Outcome is Outcome.Accepted or Outcome.Redone)
        {
            if (verdict.Checks.Any(c => c.Grade == CheckGrade.Outside))
            {
                return ("✗ OFF TARGET", FeedbackTone.Problem);
            }

            if (verdict.Checks.Any(c => c.Grade == CheckGrade.Near))
            {
                return ("⚠ NEAR THE LIMIT", FeedbackTone.Warning);
            }

            return (OutcomeNames.Badge(verdict.Outcome), FeedbackTone.Good);
        }

        var tone = verdict.Outcome is Outcome.OutOfOrder or Outcome.Repeated ? FeedbackTone.Warning : FeedbackTone.Problem;
        return (OutcomeNames.Badge(verdict.Outcome), tone);
    }
}
