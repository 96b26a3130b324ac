using SkiaSharp;
using Simulator.App.Reports;
using Simulator.Core.Scoring;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>The debrief screen: verdict, hints taken, deductions with why, the final C-arm views, and the timeline beside the reference.</summary>
/// <remarks>Every text is fitted to its column (long lines end with "…"); the deductions scroll (↑ ↓, wheel).</remarks>
public sealed class DebriefPainter
{
    private readonly TrainerWindow _w;
    private readonly HudText _t;
    private readonly HudLayout _l;
    private readonly DebriefViews? _views;

    public DebriefPainter(TrainerWindow window, HudText text, HudLayout layout, DebriefViews? views)
    {
        _w = window;
        _t = text;
        _l = layout;
        _views = views;
    }

    public void Paint(ScoreResult result)
    {
        var f = _t.Fonts;
        var s = _l.Scale;
        var screen = new SKRect(0, 0, _l.Width, _l.Height);
        using var back = new SKPaint { Color = new SKColor(12, 14, 18, 245) };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var verdictPaint = new SKPaint { Color = result.Passed ? HudColors.Good : HudColors.Problem, IsAntialias = true };
        _t.Canvas.DrawRect(screen, back);
        _t.Begin(screen, 0);
        var x = 24 * s;
        var width = _l.Width - x - 16 * s;
        var verdict = result.Passed ? "✔ PASS" : "✘ FAIL";
        var top = _t.Line($"{result.Total:0.##} / 100   {verdict}", x, 14 * s, width, f.Large, verdictPaint);
        top = _t.Line($"pass mark {result.PassMark:0} · time {TimeSpan.FromSeconds(result.TimeTotalSeconds):mm\\:ss} · C-arm shots {_w.Table.Shots}",
            x, top + 2 * s, width, f.Small, dim);
        if (HintSummary.Line(_w.Table.Notes) is { } hints)
        {
            top = _t.Wrap(hints, x, top, width, f.Small, text, 2);
        }

        // The trainee's record with this attempt in it: last scores, then proficiency (green once proficient).
        using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
        using var problem = new SKPaint { Color = HudColors.Problem, IsAntialias = true };
        var standing = _w.Standing;
        for (var i = 0; i < standing.Lines.Count; i++)
        {
            var paint = standing.Problem ? problem : standing.Proficient && i == standing.Lines.Count - 1 ? good : text;
            top = _t.Wrap(standing.Lines[i], x, top, width, f.Small, paint, 2);
        }

        top += 12 * s;
        var buttons = new List<(string, int, bool)> { ("Close (Esc)", Keys.Escape, true), ("Scroll up (↑)", Keys.Up, false), ("Scroll down (↓)", Keys.Down, false) };
        var buttonsTop = _l.Height - 12 * s - HudText.ButtonHeight(f.Small);
        var files = string.Join("   ", _w.ResultFiles.Select(Path.GetFileName));
        var savedTop = buttonsTop - 4 * s - TextLayout.LineHeight(f.Small);
        if (files.Length > 0)
        {
            _t.Line($"Saved: {files}", x, savedTop, width, f.Small, dim);
        }

        var bottom = savedTop - 8 * s;
        var timelineBottom = bottom;
        if (_views is not null)
        {
            var area = _views.Area(x, bottom, _l.Width * 0.55f - x, _l.Height * 0.45f, s);
            _views.Paint(_t, area);
            bottom = area.Top - 12 * s;
        }

        _t.Begin(screen, 0);
        Deductions(result, new SKRect(x, top, _l.Width * 0.55f, bottom), text, dim, verdictPaint);
        Timeline(result, new SKRect(_l.Width * 0.58f, top, _l.Width - 16 * s, timelineBottom), dim, verdictPaint);
        _t.ButtonRow(buttons, x, buttonsTop, MathF.Min(width, HudText.ButtonRowWidth(buttons, f.Small)), f.Small);
    }

    private void Deductions(ScoreResult result, SKRect column, SKPaint text, SKPaint dim, SKPaint problem)
    {
        var f = _t.Fonts;
        var lines = new List<(string Text, SKPaint Paint, float Indent)>();
        foreach (var c in result.CriticalErrors)
        {
            lines.Add(($"✘ CRITICAL: {c.Reason}", problem, 0));
        }

        foreach (var d in result.Deductions.Where(d => d.Points > 0 || d.Component != "critical"))
        {
            lines.Add(($"−{d.Points:0.00}  {d.Component}: {d.Reason}", text, 0));
            if (d.Rationale.Length > 0)
            {
                lines.Add(($"why: {d.Rationale}", dim, 24 * f.Scale));
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(("No deductions: every step in order, every measurement on target.", text, 0));
        }

        _w.DebriefScroll = Math.Min(_w.DebriefScroll, lines.Count - 1);
        var top = column.Top;
        var shown = 0;
        foreach (var (line, paint, indent) in lines.Skip(_w.DebriefScroll))
        {
            var height = HudText.WrapHeight(line, column.Width - indent, f.Small, 3);
            if (top + height > column.Bottom)
            {
                break;
            }

            top = _t.Wrap(line, column.Left + indent, top, column.Width - indent, f.Small, paint, 3) + 2 * f.Scale;
            shown++;
        }

        var hidden = lines.Count - _w.DebriefScroll - shown;
        if (hidden > 0 && top + TextLayout.LineHeight(f.Small) <= column.Bottom)
        {
            _t.Line($"▼ {hidden} more (↓)", column.Left, top, column.Width, f.Small, dim);
        }
    }

    private void Timeline(ScoreResult result, SKRect column, SKPaint dim, SKPaint problem)
    {
        var f = _t.Fonts;
        var s = f.Scale;
        var timeWidth = f.Small.MeasureText("0000 s") + 8 * s;
        var markWidth = f.Small.MeasureText("~ SWAPPED") + 8 * s;
        var cell = (column.Width - timeWidth - markWidth) / 2;
        var (performedX, referenceX, markX) = (column.Left, column.Left + cell, column.Left + 2 * cell);
        var top = column.Top;
        _t.Line("performed", performedX, top, cell - 8 * s, f.Small, dim);
        _t.Line("reference", referenceX, top, cell - 8 * s, f.Small, dim);
        top = _t.Line("time", column.Right, top, timeWidth, f.Small, dim, SKTextAlign.Right);
        var rowHeight = TextLayout.LineHeight(f.Small);
        foreach (var row in result.Timeline)
        {
            if (top + rowHeight > column.Bottom)
            {
                break;
            }

            var paint = row.IsMistake ? problem : dim;
            _t.Line(row.PerformedName ?? "—", performedX, top, cell - 8 * s, f.Small, paint);
            _t.Line(row.ReferenceName ?? "—", referenceX, top, cell - 8 * s, f.Small, paint);
            _t.Line(row.Mark, markX, top, markWidth - 8 * s, f.Small, paint);
            if (row.Seconds is { } seconds)
            {
                _t.Line($"{seconds:0} s", column.Right, top, timeWidth - 8 * s, f.Small, dim, SKTextAlign.Right);
            }

            top += rowHeight;
        }
    }
}
