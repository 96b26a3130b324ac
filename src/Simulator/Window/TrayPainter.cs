using SkiaSharp;
using Simulator.Core.Attempts;
using Simulator.Rendering.Hosts;

namespace Simulator.App.Window;

/// <summary>Paints the instrument tray along the bottom of the 3D view: the scenario's instruments with their keys, and the status line.</summary>
internal sealed class TrayPainter
{
    private readonly TrainerWindow _w;

    public TrayPainter(TrainerWindow window) => _w = window;

    /// <summary>The tray's slots (each its key) and, under them, the selected instrument's status and buttons.</summary>
    public void Paint(HudText t, HudLayout l)
    {
        var f = t.Fonts;
        var s = l.Scale;
        using var back = new SKPaint { Color = HudColors.Chrome };
        using var selected = new SKPaint { Color = HudColors.Good.WithAlpha(70) };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
        t.Canvas.DrawRect(l.Tray, back);
        t.Begin(l.Tray, 0);
        var slots = _w.Table.Tray.Slots;
        // Slots are as wide as their labels ask (a tray of 14 instruments still fits 1024 px); labels shrink to 80% before they are cut.
        var pad = 8 * s;
        var natural = slots.Select(i => f.Small.MeasureText(i.Item.Label) + pad).ToList();
        var room = l.TraySlots.Width;
        var fit = Math.Clamp(room / natural.Sum(), 0.8f, 1f);
        using var label = new SKFont(f.Regular, f.Small.Size * fit);
        var widths = natural.Select(w => w * room / natural.Sum()).ToList();
        var x = l.TraySlots.Left;
        for (var i = 0; i < slots.Count; i++)
        {
            var item = slots[i];
            var slot = new SKRect(x, l.TraySlots.Top, x + widths[i], l.TraySlots.Bottom);
            x = slot.Right;
            var chosen = _w.Table.Tool == item.Tool;
            if (chosen)
            {
                t.Canvas.DrawRect(SKRect.Inflate(slot, -2, -2), selected);
            }

            var top = t.Line(item.KeyLabel, slot.MidX, slot.Top + 3 * s, slot.Width - 4 * s, f.Small, chosen ? good : dim, SKTextAlign.Center);
            t.Line(item.Item.Label, slot.MidX, top, slot.Width - 4 * s, label, text, SKTextAlign.Center);
            t.Target(slot, item.Key, item.Modifiers);
        }

        var buttons = ToolButtons();
        var row = l.Status;
        var inner = row.Width - 24 * s;
        var buttonsWidth = MathF.Min(HudText.ButtonRowWidth(buttons, f.Small), inner * 0.6f);
        var bx = row.Right - 12 * s - buttonsWidth;
        t.ButtonRow(buttons, bx, row.MidY - HudText.ButtonHeight(f.Small) / 2, buttonsWidth, f.Small);
        var statusWidth = inner - buttonsWidth - (buttons.Count > 0 ? 12 * s : 0);
        t.Line(Status(), row.Left + 12 * s, row.MidY - TextLayout.LineHeight(f.Small) / 2, statusWidth, f.Small, dim);
    }

    /// <summary>The buttons of the selected tool (each is its key): settings −/+, aiming, C-arm views.</summary>
    private List<(string Label, int Key, bool Emphasised)> ToolButtons()
    {
        var minus = ("− PgDn", Keys.PageDown, false);
        var plus = ("+ PgUp", Keys.PageUp, false);
        return _w.Table.Tool switch
        {
            Tool.Scalpel or Tool.Drill => new() { minus, plus },
            Tool.GuidePin => new()
            {
                ("←", Keys.Left, false), ("→", Keys.Right, false), ("↑", Keys.Up, false), ("↓", Keys.Down, false), minus, plus, ("Withdraw (W)", 'W', false),
            },
            Tool.CArm => new()
            {
                ("L", 'L', false), ("A", 'A', false), ("I", 'I', false), ("O", 'O', false),
                ("←", Keys.Left, false), ("→", Keys.Right, false), ("↑", Keys.Up, false), ("↓", Keys.Down, false), ("Shoot (Space)", Keys.Space, true),
            },
            Tool.Implant => new() { ("Gauge (G)", 'G', false), ("Remove pin (R)", 'R', false), minus, plus },
            Tool.Impactor => new() { (_w.Table.ImpactorCarriesGraft ? "Block (B)" : "Graft (B)", 'B', false), minus, plus },
            _ => new(),
        };
    }

    private string Status()
    {
        var t = _w.Table;
        var aim = t.AimOffsetDeg;
        var tool = t.Tool switch
        {
            Tool.Scalpel => $"incision {t.IncisionLengthMm:0} mm · drag on the skin, or Enter",
            Tool.GuidePin when t.PinEntry is null => $"pin depth {t.PinDepthMm:0} mm · click the bone, or Enter",
            Tool.GuidePin => $"pin depth {t.PinDepthMm:0} mm · aim yaw {aim.X:+0;-0;0}° pitch {aim.Y:+0;-0;0}°",
            Tool.Drill => $"drill depth {t.DrillDepthMm:0} mm (pin {t.PinDepthMm:0} mm)",
            Tool.Implant => $"implant {t.ImplantLengthMm} mm",
            Tool.CArm => $"C-arm ({t.CArmView}) · arrows rotate, tilt · Ctrl+arrows move",
            _ when HandGestures.Handles(t.Tool) => HandStatus(),
            _ => $"view: {_w.View.ToString().ToLowerInvariant()} · C-arm {t.CArmView}",
        };
        return tool;
    }

    /// <summary>The status of the marker, bipolar, osteotome, curette or impactor: what it does now, or the stroke in progress.</summary>
    private string HandStatus()
    {
        var t = _w.Table;
        var hands = _w.Controls.Hands;
        var guided = _w.Session.Mode == Mode.Guided;
        return t.Tool switch
        {
            Tool.Osteotome when hands.Outlining is { } w => guided
                ? $"outlining {w.WidthMm:0} × {w.LengthMm:0} mm (across × along the joint) · release, or Enter, to cut"
                : "outlining · release, or Enter, to cut",
            Tool.Bipolar or Tool.Curette when hands.Down => $"{(t.Tool == Tool.Bipolar ? "coagulating" : "curetting")} · {hands.StrokeMm:0} mm · release, or Enter, to lift",
            Tool.Marker => "marker · click the skin, or Enter at the +",
            Tool.Bipolar => "bipolar · drag over the bleeding points, or Enter, arrows, Enter",
            Tool.Osteotome => "osteotome · drag corner to corner on the bone, or Enter, arrows, Enter",
            Tool.Curette => t.Window is null ? "curette · cut the window first" : "curette · drag over the window's floor, or Enter, arrows, Enter",
            _ => t.ImpactorCarriesGraft
                ? "impactor: graft chips · click in the window, or Enter"
                : $"impactor: block, countersink {t.CountersinkMm:0} mm · click in the window, or Enter",
        };
    }
}
