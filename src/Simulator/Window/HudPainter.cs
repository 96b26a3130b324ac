using SkiaSharp;
using Simulator.App.Sessions;
using Simulator.Core.Engine;
using Simulator.Core.Scoring;

namespace Simulator.App.Window;

/// <summary>Paints the HUD of the trainer window with SkiaSharp: status and guidance panel, step list, tray, feedback, overlays, debrief.</summary>
/// <remarks>Runs only when the HUD is dirty (an event, a key, a new second on the clock), never every frame.</remarks>
public sealed class HudPainter : IDisposable
{
    public const float PanelWidth = 380;
    public const float TrayHeight = 64;
    private readonly TrainerWindow _w;
    private HudFonts? _fonts;
    private DebriefViews? _debriefViews;

    public HudPainter(TrainerWindow window) => _w = window;

    private static readonly (string Keys, string What)[] Shortcuts =
    {
        ("1–9, 0", "pick an instrument from the tray (0 = camera only); or click the tray"),
        ("left click / drag", "use the instrument: drag the scalpel on the skin; click the ilium to dock the pin, click again to advance"),
        ("Enter", "use the instrument at the planned spot (keyboard alternative to every click)"),
        ("Space", "take a C-arm shot in the current view (foot pedal)"),
        ("L A I O", "C-arm presets lateral, AP, inlet, outlet: near the view, not onto it — adjust, shoot, look"),
        ("S", "3D view back to the surgeon's view (the C-arm stays where it is)"),
        ("arrows", "C-arm (4): ← → rotate, ↑ ↓ tilt, 1° (Shift 5°); Ctrl: move it 5 mm · guide pin: aim · otherwise rotate the view"),
        ("C-arm panel", "drag the title to move it, the corner to resize, the scales to rotate or tilt, the image to move the C-arm; F or □: full view"),
        ("PgUp PgDn, + −", "pin depth, drill depth, incision length, implant length, C-arm tilt (Shift: ×5)"),
        ("C", "confirm a check step (time-out, C-arm set-up)"),
        ("R", "remove the guide pin"),
        ("W", "withdraw the guide pin to re-dock or re-aim it (a redo: the new position counts)"),
        ("G", "depth gauge over the pin: picks the implant size"),
        ("right drag, middle drag, wheel", "rotate, pan, zoom"),
        ("H", "highlight corridors (blue) and danger structures (orange) — guided mode"),
        ("T", "show or hide the skin and soft tissue"),
        ("Ctrl + / Ctrl −", "larger or smaller text"),
        ("P", "pause the clock"),
        ("F1", "this help"),
        ("Esc", "end the procedure (asks first) and see the debrief"),
    };

    public static Tool? TrayHit(TrainerWindow w, double x, double y)
    {
        var s = w.Settings.TextScale;
        var (width, height) = w.Window.WindowSize;
        var top = height - TrayHeight * s;
        if (y < top || x < PanelWidth * s)
        {
            return null;
        }

        var slot = (int)((x - PanelWidth * s) / ((width - PanelWidth * s) / TrayItem.All.Count));
        return slot >= 0 && slot < TrayItem.All.Count ? TrayItem.All[slot].Tool : null;
    }

    public void Paint(SKCanvas canvas)
    {
        var scale = _w.Scale;
        if (_fonts is null || Math.Abs(_fonts.Scale - scale) > 0.01f)
        {
            _fonts?.Dispose();
            _fonts = new HudFonts(scale);
        }

        var f = _fonts;
        var size = canvas.DeviceClipBounds;
        using var panel = new SKPaint { Color = HudColors.Panel };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
        canvas.DrawRect(0, 0, PanelWidth * scale, size.Height, panel);

        if (_w.Screen == TrainerScreen.Debrief && _w.Result is { } result)
        {
            PaintDebrief(canvas, result, f, size);
            return;
        }

        PaintPanel(canvas, f, text, dim, good, scale);
        PaintTray(canvas, f, text, dim, good, panel, scale, size);
        CArmPanelPainter.Paint(canvas, _w.CArmPanelLayout, f, _w.Table, _w.LastShotView, _w.CArmPanel.FullView);
        PaintFeedback(canvas, f, scale, size);
        if (_w.ShowHelp)
        {
            PaintHelp(canvas, f, text, dim, scale, size);
        }

        if (_w.Screen == TrainerScreen.Paused)
        {
            Banner(canvas, f, size, "⏸  PAUSED", "The clock is stopped. Press P to continue.");
        }
        else if (_w.Screen == TrainerScreen.ConfirmEnd)
        {
            Banner(canvas, f, size, "End the procedure?", "Enter or Y: finish and see the debrief · Esc or N: keep operating");
        }
    }

    private void PaintPanel(SKCanvas canvas, HudFonts f, SKPaint text, SKPaint dim, SKPaint good, float s)
    {
        var session = _w.Session;
        var x = 16 * s;
        var width = (PanelWidth - 32) * s;
        var y = TextLayout.Draw(canvas, session.Scenario.Title, x, 28 * s, width, f.Heading, text, 3);
        var progress = session.Progress;
        var mode = session.Mode == Core.Attempts.Mode.Guided ? "GUIDED" : "ASSESSMENT";
        var elapsed = TimeSpan.FromSeconds(_w.ElapsedSeconds);
        var implant = session.Expected is { GroupIteration: { } i, GroupRepeat: { } n } ? $" · implant {i} of {n}" : "";
        canvas.DrawText($"{mode} · step {progress.Done} of {progress.Total}{implant}", x, y + 4 * s, SKTextAlign.Left, f.Small, dim);
        y += 22 * s;
        canvas.DrawText($"phase {session.Phase} · {elapsed:mm\\:ss} · shots {_w.Table.Shots}", x, y, SKTextAlign.Left, f.Small, dim);
        y += 26 * s;

        if (session.Mode == Core.Attempts.Mode.Guided && session.Expected is { } next)
        {
            var optional = next.Optional ? " (optional)" : "";
            y = TextLayout.Draw(canvas, $"▶ Next{optional}: {next.Step.Name}", x, y, width, f.Body, good, 2);
            y = TextLayout.Draw(canvas, next.Hint, x, y, width, f.Small, text, 5);
            if (next.Why.Length > 0)
            {
                y = TextLayout.Draw(canvas, "Why: " + next.Why, x, y + 2 * s, width, f.Small, dim, 4);
            }

            var tool = TrayItem.All.FirstOrDefault(t => t.Performs(next.Step.Action));
            var how = next.Step.Action switch
            {
                "check" => "Press C to confirm.",
                "imaging" => $"C-arm (4): {(next.Step.View.Length > 0 ? next.Step.View : "any view")} — preset L A I O, adjust with the arrows, then Space.",
                "pin-removal" => "Implant tool (7), then R.",
                _ => tool is null ? "" : $"Tool {(int)tool.Tool}: {tool.Label}, then click or Enter.",
            };
            y = TextLayout.Draw(canvas, how, x, y + 2 * s, width, f.Small, good, 2) + 6 * s;
        }
        else if (session.Expected is null)
        {
            y = TextLayout.Draw(canvas, "Every step is done. Press Esc to finish and see the debrief.", x, y, width, f.Body, good, 3);
        }

        var expected = session.Expected?.Step;
        foreach (var step in session.Scenario.Steps)
        {
            if (y > canvas.DeviceClipBounds.Height - 20 * s)
            {
                break;
            }

            var done = session.Counts.GetValueOrDefault(step.Id);
            var complete = done >= step.ExpectedCount;
            var mark = complete ? "✓" : step == expected && session.Mode == Core.Attempts.Mode.Guided ? "▶" : "·";
            var count = step.ExpectedCount > 1 ? $"  {done}/{step.ExpectedCount}" : "";
            canvas.DrawText($"{mark} {step.Name}{count}", x, y, SKTextAlign.Left, f.Small, complete ? dim : text);
            y += 18 * s;
        }
    }

    private void PaintTray(SKCanvas canvas, HudFonts f, SKPaint text, SKPaint dim, SKPaint good, SKPaint panel, float s, SKRectI size)
    {
        var left = PanelWidth * s;
        var top = size.Height - TrayHeight * s;
        canvas.DrawRect(left, top, size.Width - left, TrayHeight * s, panel);
        var slot = (size.Width - left) / TrayItem.All.Count;
        using var selected = new SKPaint { Color = HudColors.Good.WithAlpha(70) };
        for (var i = 0; i < TrayItem.All.Count; i++)
        {
            var item = TrayItem.All[i];
            var x = left + i * slot;
            if (_w.Table.Tool == item.Tool)
            {
                canvas.DrawRect(x + 2, top + 2, slot - 4, TrayHeight * s * 0.55f, selected);
            }

            canvas.DrawText($"{(int)item.Tool}", x + slot / 2, top + 16 * s, SKTextAlign.Center, f.Small, _w.Table.Tool == item.Tool ? good : dim);
            canvas.DrawText(item.Label, x + slot / 2, top + 32 * s, SKTextAlign.Center, f.Small, text);
        }

        var t = _w.Table;
        var aim = t.AimOffsetDeg;
        var status = t.Tool switch
        {
            Tool.Scalpel => $"incision {t.IncisionLengthMm:0} mm (Enter) or drag on the skin",
            Tool.GuidePin => $"pin depth {t.PinDepthMm:0} mm · aim yaw {aim.X:+0;-0;0}° pitch {aim.Y:+0;-0;0}° · W withdraws",
            Tool.Drill => $"drill depth {t.DrillDepthMm:0} mm (pin {t.PinDepthMm:0} mm)",
            Tool.Implant => $"implant {t.ImplantLengthMm} mm · G gauges depth · R removes the pin",
            Tool.CArm => "arrows rotate / tilt · Ctrl+arrows move · Space shoots",
            _ => "",
        };
        canvas.DrawText($"C-arm: {t.CArmView} · view: {_w.View.ToString().ToLowerInvariant()}   {status}   F1: help",
            left + 12 * s, size.Height - 10 * s, SKTextAlign.Left, f.Small, dim);
    }

    private void PaintFeedback(SKCanvas canvas, HudFonts f, float s, SKRectI size)
    {
        if (_w.Table.Feedback is not { } message)
        {
            return;
        }

        var left = PanelWidth * s + 16 * s;
        var width = Math.Min(620 * s, size.Width - left - 16 * s);
        var carm = _w.CArmPanelLayout.Outer;
        if (!_w.CArmPanel.FullView && carm.Left > left + 240 * s && carm.Left < left + width + 12 * s && carm.Top < 240 * s)
        {
            // Keep the message clear of the C-arm panel beside it.
            width = carm.Left - left - 12 * s;
        }

        FeedbackBox.Paint(canvas, message, f, left, 14 * s, width);
    }

    private static void PaintHelp(SKCanvas canvas, HudFonts f, SKPaint text, SKPaint dim, float s, SKRectI size)
    {
        using var box = new SKPaint { Color = new SKColor(10, 12, 16, 240) };
        var w = Math.Min(820 * s, size.Width - 40 * s);
        var h = (80 + Shortcuts.Length * 24) * s;
        var x = (size.Width - w) / 2;
        var y = (size.Height - h) / 2;
        canvas.DrawRect(x, y, w, h, box);
        canvas.DrawText("Keyboard and mouse (F1 closes)", x + 20 * s, y + 34 * s, SKTextAlign.Left, f.Heading, text);
        var row = y + 62 * s;
        foreach (var (keys, what) in Shortcuts)
        {
            canvas.DrawText(keys, x + 20 * s, row, SKTextAlign.Left, f.Small, text);
            var bottom = TextLayout.Draw(canvas, what, x + 250 * s, row, w - 270 * s, f.Small, dim, 2);
            row = Math.Max(row + 24 * s, bottom + 6 * s);
        }
    }

    private static void Banner(SKCanvas canvas, HudFonts f, SKRectI size, string title, string detail)
    {
        var s = f.Scale;
        using var box = new SKPaint { Color = new SKColor(10, 12, 16, 235) };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        var w = 640 * s;
        var x = (size.Width - w) / 2;
        var y = size.Height / 2 - 60 * s;
        canvas.DrawRect(x, y, w, 110 * s, box);
        canvas.DrawText(title, size.Width / 2f, y + 44 * s, SKTextAlign.Center, f.Large, text);
        canvas.DrawText(detail, size.Width / 2f, y + 80 * s, SKTextAlign.Center, f.Small, dim);
    }

    private void PaintDebrief(SKCanvas canvas, ScoreResult result, HudFonts f, SKRectI size)
    {
        var s = f.Scale;
        using var back = new SKPaint { Color = new SKColor(12, 14, 18, 245) };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var verdictPaint = new SKPaint { Color = result.Passed ? HudColors.Good : HudColors.Problem, IsAntialias = true };
        canvas.DrawRect(0, 0, size.Width, size.Height, back);
        var x = 24 * s;
        var verdict = result.Passed ? "✔ PASS" : "✘ FAIL";
        canvas.DrawText($"{result.Total:0.##} / 100   {verdict}", x, 44 * s, SKTextAlign.Left, f.Large, verdictPaint);
        canvas.DrawText($"pass mark {result.PassMark:0} · time {TimeSpan.FromSeconds(result.TimeTotalSeconds):mm\\:ss} · C-arm shots {_w.Table.Shots} · ↑↓ scroll · Esc closes",
            x, 70 * s, SKTextAlign.Left, f.Small, dim);

        var columnWidth = size.Width * 0.55f - x;
        var lines = new List<(string Text, SKPaint Paint)>();
        foreach (var c in result.CriticalErrors)
        {
            lines.Add(($"✘ CRITICAL: {c.Reason}", verdictPaint));
        }

        foreach (var d in result.Deductions.Where(d => d.Points > 0 || d.Component != "critical"))
        {
            lines.Add(($"−{d.Points:0.00}  {d.Component}: {d.Reason}", text));
            if (d.Rationale.Length > 0)
            {
                lines.Add(($"      why: {d.Rationale}", dim));
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(("No deductions: every step in order, every measurement on target.", text));
        }

        var listBottom = size.Height - 60 * s;
        if (_w.FinalImages is { } finalImages)
        {
            _debriefViews ??= new DebriefViews(finalImages);
            var area = _debriefViews.Area(x, size.Height - 36 * s, columnWidth, size.Height * 0.45f, s);
            _debriefViews.Paint(canvas, area, f);
            listBottom = area.Top - 24 * s;
        }

        var y = 104 * s;
        foreach (var (line, paint) in lines.Skip(_w.DebriefScroll))
        {
            y = TextLayout.Draw(canvas, line, x, y, columnWidth, f.Small, paint, 3);
            if (y > listBottom)
            {
                break;
            }
        }

        // Timeline: performed beside reference, mismatches marked with a symbol and a word.
        var tx = size.Width * 0.58f;
        var col = Math.Min(210 * s, (size.Width - tx) / 3);
        canvas.DrawText("performed", tx, 104 * s, SKTextAlign.Left, f.Small, dim);
        canvas.DrawText("reference", tx + col, 104 * s, SKTextAlign.Left, f.Small, dim);
        canvas.DrawText("time", size.Width - 16 * s, 104 * s, SKTextAlign.Right, f.Small, dim);
        var ty = 126 * s;
        foreach (var row in result.Timeline)
        {
            var paint = row.IsMistake ? verdictPaint : dim;
            canvas.DrawText(HudText.Fit(row.PerformedName ?? "—", col - 8 * s, f.Small), tx, ty, SKTextAlign.Left, f.Small, paint);
            canvas.DrawText(HudText.Fit(row.ReferenceName ?? "—", col - 8 * s, f.Small), tx + col, ty, SKTextAlign.Left, f.Small, paint);
            canvas.DrawText(row.Mark, tx + 2 * col, ty, SKTextAlign.Left, f.Small, paint);
            if (row.Seconds is { } seconds)
            {
                canvas.DrawText($"{seconds:0} s", size.Width - 16 * s, ty, SKTextAlign.Right, f.Small, dim);
            }

            ty += 16 * s;
            if (ty > size.Height - 40 * s)
            {
                break;
            }
        }

        var files = string.Join("   ", _w.ResultFiles.Select(Path.GetFileName));
        canvas.DrawText(files.Length > 0 ? $"Saved: {files}" : "", x, size.Height - 16 * s, SKTextAlign.Left, f.Small, dim);
    }

    public void Dispose()
    {
        _fonts?.Dispose();
        _debriefViews?.Dispose();
    }
}
