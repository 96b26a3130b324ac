using SkiaSharp;
using Simulator.App.Window;
using Simulator.Core.Attempts;

namespace Simulator.App.Start;

/// <summary>Paints the start screen with SkiaSharp from the model and its layout.</summary>
/// <remarks>
/// Same palette and fonts as the HUD: blue marks the selection and focus, orange a problem, always with
/// words. Long text ends with an ellipsis instead of running into the next control.
/// </remarks>
public static class StartScreenPainter
{
    public static void Paint(SKCanvas canvas, StartScreenModel model, StartScreenLayout layout, HudFonts f)
    {
        var s = f.Scale;
        var size = canvas.DeviceClipBounds;
        canvas.Clear(new SKColor(18, 21, 27));
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
        using var problem = new SKPaint { Color = HudColors.Problem, IsAntialias = true };

        canvas.DrawText("SI-joint fusion trainer", layout.Left, layout.TitleBaseline, SKTextAlign.Left, f.Large, text);
        canvas.DrawText("Choose the scenario, the mode and your name, then Start.", layout.Right, layout.TitleBaseline, SKTextAlign.Right, f.Small, dim);

        if (model.Notice is { } notice && layout.Notice is { } box)
        {
            PaintNotice(canvas, model, notice, box, layout, f, text, problem);
        }

        // Scenario list.
        canvas.DrawText("Scenario", layout.Left, layout.ListLabelBaseline, SKTextAlign.Left, f.Heading, text);
        if (model.Entries.Count > layout.VisibleRows)
        {
            var shown = $"{model.ListScroll + 1}–{Math.Min(model.Entries.Count, model.ListScroll + layout.VisibleRows)} of {model.Entries.Count} · wheel or ↑↓ scroll";
            canvas.DrawText(shown, layout.List.Right, layout.ListLabelBaseline, SKTextAlign.Right, f.Small, dim);
        }

        using var panel = new SKPaint { Color = HudColors.Panel };
        canvas.DrawRect(layout.List, panel);
        using var selected = new SKPaint { Color = HudColors.Good.WithAlpha(60) };
        foreach (var (index, row) in layout.Rows)
        {
            var entry = model.Entries[index];
            if (index == model.Selected)
            {
                canvas.DrawRect(row, selected);
            }

            var mark = index == model.Selected ? "▶" : entry.Valid ? "·" : "✗";
            var x = row.Left + 12 * s;
            canvas.DrawText(mark, x, row.Top + 20 * s, SKTextAlign.Left, f.Body, entry.Valid ? good : problem);
            var titleWidth = row.Width - 44 * s;
            canvas.DrawText(Fit(entry.Title, f.Body, titleWidth), x + 22 * s, row.Top + 20 * s, SKTextAlign.Left, f.Body, entry.Valid ? text : problem);
            var detail = entry.Valid
                ? $"{(entry.Opened ? entry.Path : entry.Name)} · {entry.Steps} actions{(entry.Opened ? " · opened file" : "")}"
                : $"{(entry.Opened ? entry.Path : entry.Name)} · has errors (select it to see them)";
            canvas.DrawText(Fit(detail, f.Small, titleWidth), x + 22 * s, row.Top + 38 * s, SKTextAlign.Left, f.Small, dim);
        }

        if (model.Entries.Count == 0)
        {
            canvas.DrawText(Fit($"No scenarios in {model.ScenariosDirectory}: open a file below.", f.Small, layout.List.Width - 24 * s),
                layout.List.Left + 12 * s, layout.List.Top + 24 * s, SKTextAlign.Left, f.Small, dim);
        }

        Focus(canvas, layout.List, model.Focus == StartField.Scenarios, s);

        // Open a file by path.
        canvas.DrawText("Open a scenario file (path or id; Ctrl+O)", layout.Left, layout.OpenLabelBaseline, SKTextAlign.Left, f.Small, dim);
        Field(canvas, layout.OpenField, model.OpenPath, "e.g. ~/scenarios/my-variant.yaml", model.Focus == StartField.OpenFile, f, text, dim);
        Button(canvas, layout.OpenButton, "Open", false, false, f);

        // Mode.
        canvas.DrawText("Mode", layout.ColumnLeft, layout.ModeLabelBaseline, SKTextAlign.Left, f.Heading, text);
        Button(canvas, layout.Guided, (model.Mode == Mode.Guided ? "● " : "○ ") + "Guided", model.Mode == Mode.Guided, false, f);
        Button(canvas, layout.Assessment, (model.Mode == Mode.Assessment ? "● " : "○ ") + "Assessment", model.Mode == Mode.Assessment, false, f);
        Focus(canvas, SKRect.Union(layout.Guided, layout.Assessment), model.Focus == StartField.Mode, s);
        var hint = model.Mode == Mode.Guided
            ? "Next step, why it matters and feedback after every action."
            : "Phases only; feedback waits for the debrief.";
        TextLayout.Draw(canvas, hint, layout.ColumnLeft, layout.ModeHintTop, layout.AboutRight - layout.ColumnLeft, f.Small, dim, 2);

        // Trainee.
        canvas.DrawText("Trainee", layout.ColumnLeft, layout.TraineeLabelBaseline, SKTextAlign.Left, f.Heading, text);
        Field(canvas, layout.Trainee, model.Trainee, "your name or id (recorded in the log)", model.Focus == StartField.Trainee, f, text, dim);

        Button(canvas, layout.Start, "Start  (Enter)", true, model.Focus == StartField.Start, f, large: true);

        PaintStanding(canvas, model.Standing, layout, f, text, good, problem);

        // What the selected scenario is.
        if (model.SelectedEntry is { Valid: true } chosen && chosen.Description.Length > 0)
        {
            var lines = (int)((layout.AboutBottom - layout.AboutTop) / (f.Small.Size * 1.3f));
            if (lines > 0)
            {
                TextLayout.Draw(canvas, chosen.Description, layout.ColumnLeft, layout.AboutTop, layout.AboutRight - layout.ColumnLeft, f.Small, dim, lines);
            }
        }

        canvas.DrawText(Fit("Tab next field · ↑↓ choose · double-click or Enter starts · Ctrl+D default scenario · Ctrl+O open a file · Esc quits", f.Small, size.Width - 2 * layout.Left),
            layout.Left, layout.Footer, SKTextAlign.Left, f.Small, dim);
    }

    /// <summary>The trainee's last scores and proficiency on the selected scenario, in the lines left above the description.</summary>
    private static void PaintStanding(SKCanvas canvas, Sessions.StandingText standing, StartScreenLayout layout, HudFonts f, SKPaint text, SKPaint good, SKPaint problem)
    {
        var lineHeight = TextLayout.LineHeight(f.Small);
        var room = Math.Min(StartScreenLayout.StandingLines, (int)((Math.Min(layout.AboutTop, layout.AboutBottom) - layout.StandingTop) / lineHeight) + 1);
        var y = layout.StandingTop;
        var width = layout.AboutRight - layout.ColumnLeft;
        // Short of room (the problem box is up), the proficiency state goes before the scores.
        for (var i = Math.Max(0, standing.Lines.Count - room); i < standing.Lines.Count && room > 0; i++)
        {
            var last = i == standing.Lines.Count - 1;
            var paint = standing.Problem ? problem : standing.Proficient && last ? good : text;
            // Every line gets at least one row; the last one may use all that is left.
            var lines = last ? room : Math.Max(1, Math.Min(2, room - (standing.Lines.Count - 1 - i)));
            var next = TextLayout.Draw(canvas, standing.Lines[i], layout.ColumnLeft, y, width, f.Small, paint, lines);
            room -= (int)MathF.Round((next - y) / lineHeight);
            y = next;
        }
    }

    private static void PaintNotice(SKCanvas canvas, StartScreenModel model, StartNotice notice, SKRect box, StartScreenLayout layout, HudFonts f, SKPaint text, SKPaint problem)
    {
        var s = f.Scale;
        using var back = new SKPaint { Color = new SKColor(40, 28, 16) };
        using var border = new SKPaint { Color = HudColors.Problem, Style = SKPaintStyle.Stroke, StrokeWidth = 2 * s, IsAntialias = true };
        canvas.DrawRect(box, back);
        canvas.DrawRect(box, border);
        var width = box.Width - 32 * s;
        canvas.DrawText(Fit("⚠ " + notice.Headline, f.Body, width), box.Left + 16 * s, box.Top + 26 * s, SKTextAlign.Left, f.Body, problem);
        var y = box.Top + 48 * s;
        foreach (var line in notice.Lines.Take(StartScreenLayout.MaxNoticeLines))
        {
            canvas.DrawText(Fit(line, f.Small, width), box.Left + 16 * s, y, SKTextAlign.Left, f.Small, text);
            y += 18 * s;
        }

        if (notice.Lines.Count > StartScreenLayout.MaxNoticeLines)
        {
            canvas.DrawText($"… and {notice.Lines.Count - StartScreenLayout.MaxNoticeLines} more (simulator validate FILE lists them all)", box.Left + 16 * s, y, SKTextAlign.Left, f.Small, text);
        }

        if (layout.UseDefault is { } button && model.DefaultEntry is { } fallback)
        {
            Button(canvas, button, Fit($"Use the default: {fallback.Title}", f.Body, button.Width - 110 * s) + "  (Ctrl+D)", true, false, f);
        }
    }

    private static void Field(SKCanvas canvas, SKRect rect, string value, string placeholder, bool focused, HudFonts f, SKPaint text, SKPaint dim)
    {
        var s = f.Scale;
        using var back = new SKPaint { Color = new SKColor(8, 10, 14) };
        using var border = new SKPaint { Color = focused ? HudColors.Good : HudColors.Dim.WithAlpha(120), Style = SKPaintStyle.Stroke, StrokeWidth = (focused ? 2 : 1) * s };
        canvas.DrawRect(rect, back);
        canvas.DrawRect(rect, border);
        var baseline = rect.MidY + f.Body.Size * 0.35f;
        var inner = rect.Width - 20 * s;
        if (value.Length == 0 && !focused)
        {
            canvas.DrawText(Fit(placeholder, f.Small, inner), rect.Left + 10 * s, baseline, SKTextAlign.Left, f.Small, dim);
            return;
        }

        // The end of the text stays in view while typing: long paths lose their start, not the caret.
        var shown = value;
        while (shown.Length > 0 && f.Body.MeasureText("…" + shown + "|") > inner)
        {
            shown = shown[1..];
        }

        shown = shown.Length < value.Length ? "…" + shown : shown;
        canvas.DrawText(shown + (focused ? "|" : ""), rect.Left + 10 * s, baseline, SKTextAlign.Left, f.Body, text);
    }

    private static void Button(SKCanvas canvas, SKRect rect, string label, bool primary, bool focused, HudFonts f, bool large = false)
    {
        var s = f.Scale;
        using var back = new SKPaint { Color = primary ? HudColors.Good.WithAlpha(large ? (byte)200 : (byte)90) : new SKColor(44, 50, 60) };
        using var words = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        canvas.DrawRoundRect(rect, 4 * s, 4 * s, back);
        var font = large ? f.Heading : f.Body;
        canvas.DrawText(Fit(label, font, rect.Width - 12 * s), rect.MidX, rect.MidY + font.Size * 0.35f, SKTextAlign.Center, font, words);
        Focus(canvas, rect, focused, s);
    }

    private static void Focus(SKCanvas canvas, SKRect rect, bool focused, float s)
    {
        if (!focused)
        {
            return;
        }

        using var ring = new SKPaint { Color = HudColors.Good, Style = SKPaintStyle.Stroke, StrokeWidth = 2 * s, IsAntialias = true };
        var r = rect;
        r.Inflate(3 * s, 3 * s);
        canvas.DrawRoundRect(r, 5 * s, 5 * s, ring);
    }

    /// <summary><paramref name="value"/>, cut with an ellipsis to fit <paramref name="width"/>.</summary>
    public static string Fit(string value, SKFont font, float width)
    {
        if (font.MeasureText(value) <= width)
        {
            return value;
        }

        var cut = value;
        while (cut.Length > 0 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
