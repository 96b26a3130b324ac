using SkiaSharp;
using Simulator.App.Sessions;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>Paints the HUD of the trainer window with SkiaSharp: guidance panel, step list or phases, tray, feedback, overlays, debrief.</summary>
/// <remarks>
/// Runs only when the HUD is dirty (an event, a key, a new second on the clock), never every frame. All
/// text goes through <see cref="HudText"/>, which fits it to its box and records where it went; the
/// regions come from <see cref="HudLayout"/>.
/// </remarks>
public sealed class HudPainter : IDisposable
{
    private readonly TrainerWindow _w;
    private HudFonts? _fonts;
    private HudText? _last;
    private DebriefViews? _debriefViews;

    public HudPainter(TrainerWindow window) => _w = window;

    /// <summary>Every text of the last paint with its box.</summary>
    public IReadOnlyList<HudTextRect> Drawn => _last?.Drawn ?? Array.Empty<HudTextRect>();

    /// <summary>The buttons and tray slots of the last paint.</summary>
    public IReadOnlyList<HudButton> Buttons => _last?.Buttons ?? Array.Empty<HudButton>();

    public void Paint(SKCanvas canvas)
    {
        var size = canvas.DeviceClipBounds;
        var layout = HudLayout.For(size.Width, size.Height, _w.Window.PixelRatio * _w.Settings.TextScale, _w.Window.PixelRatio);
        if (_fonts is null || Math.Abs(_fonts.Scale - layout.Scale) > 0.01f)
        {
            _fonts?.Dispose();
            _fonts = new HudFonts(layout.Scale);
        }

        var t = new HudText(canvas, _fonts);
        if (_w.Screen == TrainerScreen.Debrief && _w.Result is { } result)
        {
            if (_w.FinalImages is { } finalImages)
            {
                _debriefViews ??= new DebriefViews(finalImages);
            }

            new DebriefPainter(_w, t, layout, _debriefViews).Paint(result);
        }
        else
        {
            PaintCross(t, layout);
            PaintPanel(t, layout);
            new TrayPainter(_w).Paint(t, layout);
            CArmPanelPainter.Paint(t, _w.CArmPanelLayout, _w.Table, _w.LastShotView, _w.CArmPanel.FullView);
            var below = PaintFeedback(t, layout);
            PaintNotice(t, layout, below);

            var overlays = new HudOverlays(t, layout);
            if (_w.Screen == TrainerScreen.Paused)
            {
                overlays.Dialog("⏸  PAUSED", "The clock is stopped.", new[] { ("Continue (P)", (int)'P', true) });
            }
            else if (_w.Screen == TrainerScreen.ConfirmEnd)
            {
                overlays.Dialog("End the procedure?", "Scoring starts now and the debrief follows; nothing more can be done in this session.",
                    new[] { ("Finish (Enter)", Keys.Enter, true), ("Keep operating (Esc)", Keys.Escape, false) });
            }
        }

        if (_w.ShowHelp)
        {
            new HudOverlays(t, layout).Help(_w.Session.Mode, _w.Table.Tray);
        }

        _last = t;
    }

    /// <summary>The + where Enter acts (scalpel, undocked pin): a cross on the skin or bone, drawn over the 3D view.</summary>
    private void PaintCross(HudText t, HudLayout l)
    {
        var table = _w.Table;
        var cursor = _w.Controls.Cursor;
        var shown = table.Tool == Tool.Scalpel ? cursor.OnSkin
            : HandGestures.Handles(table.Tool) ? cursor.OnSkin == HandGestures.OnSkin(table.Tool)
            : table.Tool == Tool.GuidePin && !cursor.OnSkin && table.PinEntry is null;
        if (!shown || cursor.Point is not { } point
            || ScreenProjection.Project(_w.Camera, point, l.View.Width, l.View.Height) is not { } at)
        {
            return;
        }

        var (x, y) = (l.View.Left + at.X, l.View.Top + at.Y);
        if (!l.View.Contains(x, y))
        {
            return;
        }

        var arm = 9 * l.Scale;
        using var halo = new SKPaint { Color = new SKColor(0, 0, 0, 170), StrokeWidth = 4 * l.Scale, IsAntialias = true };
        using var ink = new SKPaint { Color = HudColors.Warning, StrokeWidth = 2 * l.Scale, IsAntialias = true };
        foreach (var paint in new[] { halo, ink })
        {
            t.Canvas.DrawLine(x - arm, y, x + arm, y, paint);
            t.Canvas.DrawLine(x, y - arm, x, y + arm, paint);
        }
    }

    private void PaintPanel(HudText t, HudLayout l)
    {
        var f = t.Fonts;
        var s = l.Scale;
        var session = _w.Session;
        var guided = session.Mode == Mode.Guided;
        using var back = new SKPaint { Color = HudColors.Chrome };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
        t.Canvas.DrawRect(l.Panel, back);
        t.Begin(l.Panel, 0);
        var x = l.Panel.Left + 16 * s;
        var width = l.Panel.Width - 32 * s;
        var top = t.Wrap(session.Scenario.Title, x, 12 * s, width, f.Heading, text, 2) + 2 * s;

        var clock = _w.Clock.Started ? $"{TimeSpan.FromSeconds(_w.ElapsedSeconds):mm\\:ss}" : "00:00, starts at your first action";
        if (guided)
        {
            var progress = session.Progress;
            var implant = session.Expected is { GroupIteration: { } i, GroupRepeat: { } n } ? $" · implant {i} of {n}" : "";
            top = t.Line($"GUIDED · step {progress.Done} of {progress.Total}{implant}", x, top, width, f.Small, dim);
            top = t.Line($"phase {session.Phase} · {clock} · shots {_w.Table.Shots}", x, top, width, f.Small, dim);
        }
        else
        {
            // Assessment gives nothing away: no step count (it would show whether an action counted), no next phase.
            top = t.Line($"ASSESSMENT · {session.Recorded.Count} actions recorded", x, top, width, f.Small, dim);
            top = t.Line($"{clock} · shots {_w.Table.Shots}", x, top, width, f.Small, dim);
        }

        top += 8 * s;
        var buttons = PanelButtons(guided);
        var buttonsTop = l.Panel.Bottom - 12 * s - HudText.ButtonRowsHeight(buttons, width, f.Small);
        if (guided && session.Expected is { } next)
        {
            top = Guidance(t, next, x, top, width, text, dim, good);
        }
        else if (guided)
        {
            top = t.Wrap("Every step is done. Press Esc (or End) to finish and see the debrief.", x, top, width, f.Body, good, 3) + 6 * s;
        }
        else
        {
            top = t.Wrap("No guidance until the debrief: every action is recorded and scored at the end.", x, top, width, f.Small, dim, 3) + 6 * s;
        }

        var list = new SKRect(x, top, x + width, buttonsTop - 8 * s);
        if (guided)
        {
            StepList(t, list, text, dim);
        }
        else
        {
            Phases(t, list, text, dim);
        }

        t.ButtonRows(buttons, x, buttonsTop, width, f.Small);
    }

    private static List<(string Label, int Key, bool Emphasised)> PanelButtons(bool guided)
    {
        var buttons = new List<(string, int, bool)>();
        if (!guided)
        {
            buttons.Add(("Confirm (C)", 'C', false));
        }
        else
        {
            buttons.Add(("Plan (H)", 'H', false));
        }

        buttons.Add(("Skin (T)", 'T', false));
        buttons.Add(("Pause (P)", 'P', false));
        buttons.Add(("Keys (F1)", Keys.F1, false));
        buttons.Add(("End (Esc)", Keys.Escape, false));
        return buttons;
    }

    /// <summary>The next step (guided): name, instruction, why, how — with a button when a key does it.</summary>
    private float Guidance(HudText t, ExpectedStep next, float x, float top, float width, SKPaint text, SKPaint dim, SKPaint good)
    {
        var f = t.Fonts;
        var s = f.Scale;
        var optional = next.Optional ? " (optional)" : "";
        top = t.Wrap($"▶ Next{optional}: {next.Step.Name}", x, top, width, f.Body, good, 2);
        top = t.Wrap(next.Hint, x, top, width, f.Small, text, 5);
        if (next.Why.Length > 0)
        {
            top = t.Wrap("Why: " + next.Why, x, top + 2 * s, width, f.Small, dim, 4);
        }

        var tool = _w.Table.Tray.Performing(next.Step.Action);
        var name = tool?.Name ?? "";
        var (how, button) = next.Step.Action switch
        {
            StepActions.Check => ("Confirm it when done:", ("Confirm (C)", (int)'C')),
            StepActions.Imaging => ($"{name}: {(next.Step.View.Length > 0 ? next.Step.View : "any view")} — preset L A I O, adjust with the arrows, then shoot:",
                ("Shoot (Space)", Keys.Space)),
            StepActions.PinRemoval => ($"{name} tool, then:", ("Remove pin (R)", (int)'R')),
            StepActions.DepthGauge => ($"{name} tool over the pin, then:", ("Gauge (G)", (int)'G')),
            _ => (How(next.Step.Action, tool), ((string, int)?)null),
        };
        top = t.Wrap(how, x, top + 2 * s, width, f.Small, good, 2);
        if (button is { } b)
        {
            top = t.ButtonRows(new[] { (b.Item1, b.Item2, true) }, x, top + 2 * s, width, f.Small);
        }

        return top + 6 * s;
    }

    private static string How(string action, TraySlot? tool)
    {
        if (tool is null)
        {
            return "";
        }

        var name = tool.Name;
        return action switch
        {
            StepActions.Incision => $"{name}: drag along the skin — or Enter cuts at the + (arrows move it).",
            StepActions.Marking => $"{name}: click the skin where the mark belongs — or Enter marks at the + (arrows move it).",
            StepActions.Haemostasis => $"{name}: drag over every red bleeding point in one stroke — or Enter, arrows, Enter.",
            StepActions.Osteotomy => $"{name}: press at one corner of the window on the bone, drag to the opposite corner — or Enter, arrows, Enter.",
            StepActions.Curettage => $"{name}: drag back and forth over the whole window floor in one stroke — or Enter, arrows, Enter.",
            StepActions.Graft => $"{name} with graft (B switches): click in the window — or Enter at the +.",
            StepActions.Block => $"{name} with the block (B switches): set the countersink (PgUp/PgDn), click in the window — or Enter.",
            StepActions.PinDock => $"{name}: click the bone where the pin should enter — or Enter docks it at the + (arrows move it).",
            StepActions.PinAdvance => $"{name}: aim with the arrows, set the depth (PgUp/PgDn), then click the pin or press Enter.",
            StepActions.Drill or StepActions.Broach or StepActions.Implant => $"{name}: click the guide pin, or press Enter.",
            _ => $"{name}: click the wound, or press Enter.",
        };
    }

    /// <summary>The step list (guided): scrolls to keep the next step in view; markers say how many rows are hidden.</summary>
    private void StepList(HudText t, SKRect area, SKPaint text, SKPaint dim)
    {
        var f = t.Fonts;
        var session = _w.Session;
        var steps = session.Scenario.Steps;
        var rowHeight = TextLayout.LineHeight(f.Small) + 1.5f * f.Scale;
        var capacity = (int)(area.Height / rowHeight);
        if (capacity < 3)
        {
            return;
        }

        var expected = session.Expected?.Step;
        var (first, body) = (0, steps.Count);
        if (steps.Count > capacity)
        {
            body = capacity - 2;
            var follow = Math.Max(0, steps.ToList().FindIndex(s => s == expected) - 2);
            first = Math.Clamp(_w.StepScroll ?? follow, 0, steps.Count - body);
            if (_w.StepScroll is not null)
            {
                _w.StepScroll = first;
            }
        }

        _w.StepListFirstRow = first;
        var top = area.Top;
        if (steps.Count > capacity)
        {
            top = t.Line(first > 0 ? $"▲ {first} more ( [ )" : "", area.Left, top, area.Width, f.Small, dim) + 1.5f * f.Scale;
        }

        foreach (var step in steps.Skip(first).Take(body))
        {
            var done = session.Counts.GetValueOrDefault(step.Id);
            var complete = done >= step.ExpectedCount;
            var paint = complete ? dim : text;
            var mark = complete ? "✓" : step == expected ? "▶" : "·";
            var count = step.ExpectedCount > 1 ? $"{done}/{step.ExpectedCount}" : "";
            var countWidth = count.Length > 0 ? f.Small.MeasureText(count) + 8 * f.Scale : 0;
            if (count.Length > 0)
            {
                t.Line(count, area.Right, top, countWidth, f.Small, paint, SKTextAlign.Right);
            }

            top = t.Line($"{mark} {step.Name}", area.Left, top, area.Width - countWidth, f.Small, paint) + 1.5f * f.Scale;
        }

        var below = steps.Count - first - body;
        if (below > 0)
        {
            t.Line($"▼ {below} more ( ] )", area.Left, top, area.Width, f.Small, dim);
        }
    }

    /// <summary>Assessment: the phases of the operation in their usual order, the one last acted in marked — never the steps.</summary>
    private void Phases(HudText t, SKRect area, SKPaint text, SKPaint dim)
    {
        var f = t.Fonts;
        var scenario = _w.Session.Scenario;
        var phases = scenario.Steps.Select(s => s.Phase).Where(p => p.Length > 0).Distinct().ToList();
        var last = _w.Session.Recorded.LastOrDefault(v => v.Performed)?.Event.Do;
        var current = last is null ? null : scenario.FindStep(last)?.Phase;
        var top = t.Line("Phases", area.Left, area.Top, area.Width, f.Body, text);
        foreach (var phase in phases)
        {
            if (top + TextLayout.LineHeight(f.Small) > area.Bottom)
            {
                break;
            }

            var mark = phase == current ? "▸" : "·";
            top = t.Line($"{mark} {phase}{(phase == current ? "  (your last action)" : "")}", area.Left, top, area.Width, f.Small, phase == current ? text : dim);
        }
    }

    /// <summary>The last verdict (or a notice of the table's) in a box at the top left of the view; returns the y below it.</summary>
    private float PaintFeedback(HudText t, HudLayout l)
    {
        if (_w.Table.Feedback is not { } message)
        {
            return l.Feedback.Top;
        }

        var s = l.Scale;
        var area = l.Feedback;
        var carm = _w.CArmPanelLayout.Outer;
        if (!_w.CArmPanel.FullView && carm.Left > area.Left + 240 * s && carm.Left < area.Right + 12 * s && carm.Top < area.Bottom)
        {
            // The C-arm panel was moved up beside the message: keep clear of it.
            area = new SKRect(area.Left, area.Top, carm.Left - 12 * s, area.Bottom);
        }
        else if (!_w.CArmPanel.FullView && carm.Top > area.Top + 100 * s && carm.Left < area.Right && carm.Right > area.Left)
        {
            // The panel below (its default place): the message and a notice under it end above it.
            var notice = _w.Controls.Notice is null ? 0 : NoticeHeight(t.Fonts, area.Width) + 8 * s;
            area = new SKRect(area.Left, area.Top, area.Right, MathF.Min(area.Bottom, carm.Top - 12 * s - notice));
        }

        return FeedbackBox.Paint(t, message, area) + 8 * s;
    }

    /// <summary>Why the last click or key did nothing, in a bar right below the feedback box (at <paramref name="top"/>).</summary>
    private void PaintNotice(HudText t, HudLayout l, float top)
    {
        if (_w.Controls.Notice is not { } notice)
        {
            return;
        }

        var f = t.Fonts;
        var s = l.Scale;
        using var box = new SKPaint { Color = HudColors.Panel };
        using var ink = new SKPaint { Color = HudColors.Warning, IsAntialias = true };
        var text = "⚠ " + notice;
        var pad = 10 * s;
        var width = MathF.Min(l.Feedback.Width, f.Small.MeasureText(text) + 2 * pad);
        var rect = new SKRect(l.Feedback.Left, top, l.Feedback.Left + width, top + NoticeHeight(f, width));
        t.Canvas.DrawRect(rect, box);
        t.Begin(rect, 0);
        t.Wrap(text, rect.Left + pad, rect.Top + pad, rect.Width - 2 * pad, f.Small, ink, 2);
    }

    /// <summary>Height of the notice bar for a notice <paramref name="width"/> wide (two lines at most).</summary>
    private float NoticeHeight(HudFonts f, float width) =>
        20 * f.Scale + HudText.WrapHeight("⚠ " + (_w.Controls.Notice ?? ""), width - 20 * f.Scale, f.Small, 2);

    public void Dispose()
    {
        _fonts?.Dispose();
        _debriefViews?.Dispose();
    }
}
