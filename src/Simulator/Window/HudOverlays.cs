using SkiaSharp;
using Simulator.Core.Attempts;

namespace Simulator.App.Window;

/// <summary>The HUD's overlays: dialogs with their buttons (layer 1) and the key list built from the <see cref="KeyTable"/> (layer 2).</summary>
public sealed class HudOverlays
{
    public const int DialogLayer = 1;
    public const int HelpLayer = 2;

    private readonly HudText _t;
    private readonly HudLayout _l;

    public HudOverlays(HudText text, HudLayout layout)
    {
        _t = text;
        _l = layout;
    }

    /// <summary>A centred dialog: title, one paragraph, and its buttons (each is its key).</summary>
    public void Dialog(string title, string detail, IReadOnlyList<(string Label, int Key, bool Emphasised)> buttons)
    {
        var f = _t.Fonts;
        var s = _l.Scale;
        var pad = 20 * s;
        var probe = _l.Centred(640, 0);
        var inner = probe.Width - 2 * pad;
        var height = 2 * pad + TextLayout.LineHeight(f.Large) + 6 * s + HudText.WrapHeight(detail, inner, f.Small, 3) + 12 * s
            + HudText.ButtonRowsHeight(buttons, inner, f.Body);
        var box = _l.Centred(640, height);
        _t.ClearButtons();
        using var back = new SKPaint { Color = new SKColor(10, 12, 16, 240) };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        _t.Canvas.DrawRect(box, back);
        _t.Begin(box, DialogLayer);
        var top = _t.Line(title, box.MidX, box.Top + pad, inner, f.Large, text, SKTextAlign.Center) + 6 * s;
        top = _t.Wrap(detail, box.Left + pad, top, inner, f.Small, dim, 3) + 12 * s;
        var rowWidth = MathF.Min(inner, HudText.ButtonRowWidth(buttons, f.Body));
        _t.ButtonRow(buttons, box.MidX - rowWidth / 2, top, rowWidth, f.Body);
    }

    /// <summary>Every key from the key table (the tray's keys as <paramref name="tray"/> numbers them), by where it works, plus the mouse; in two columns when one does not fit.</summary>
    public void Help(Mode mode, Tray tray)
    {
        var f = _t.Fonts;
        var s = _l.Scale;
        var pad = 20 * s;
        var items = new List<(string? Header, string Keys, string What)>();
        void Section(string header, IEnumerable<(string Keys, string What)> rows)
        {
            items.Add((header, "", ""));
            items.AddRange(rows.Select(r => ((string?)null, r.Keys, r.What)));
        }

        string What(KeyBinding b) => b.GuidedOnly && mode != Mode.Guided ? b.What + " (guided mode only)" : b.What;
        // This operation's instruments with the keys they actually have go across the top, in place of the tray's key row.
        Section("While operating", KeyTable.All
            .Where(b => b.Scope == KeyScope.Operating && !b.PicksTool && (b.ForTool is not { } tool || tray.Of(tool) is not null))
            .Select(b => (b.Keys, What(b))));
        Section("Mouse", KeyTable.Mouse);
        Section("Pause, end and debrief", KeyTable.All.Where(b => b.Scope is KeyScope.Paused or KeyScope.ConfirmEnd or KeyScope.Debrief)
            .Select(b => (b.Keys, b.Scope switch { KeyScope.Paused => "paused: ", KeyScope.ConfirmEnd => "end dialog: ", _ => "debrief: " } + b.What)));
        Section("Anywhere", KeyTable.All.Where(b => b.Scope is KeyScope.Anywhere or KeyScope.Help).Select(b => (b.Keys, b.What)));

        var title = "Keys and mouse";
        var close = new[] { ("Close (Esc)", Rendering.Hosts.Keys.Escape, true) };
        var titleHeight = MathF.Max(TextLayout.LineHeight(f.Heading), HudText.ButtonHeight(f.Small));
        var full = _l.Centred(980, _l.Height);
        var instruments = $"Instruments ({tray.KeysText}, or click the tray): {tray.Listing}";
        var instrumentsHeight = HudText.WrapHeight(instruments, full.Width - 2 * pad, f.Small, 3) + 6 * s;
        var available = full.Height - 2 * pad - titleHeight - 8 * s - instrumentsHeight;
        // Fewest columns and most lines per row that fit; the last resort cuts descriptions to one line.
        foreach (var (columns, lines) in new[] { (1, 3), (2, 3), (2, 2), (2, 1), (3, 1) })
        {
            var columnWidth = (full.Width - 2 * pad - (columns - 1) * pad) / columns;
            var heights = items.Select(i => Height(i, columnWidth, lines)).ToList();
            var fill = Columns(heights, available);
            if (fill.Count > columns && (columns, lines) != (3, 1))
            {
                continue;
            }

            var used = MathF.Min(available, fill.Max(c => c.Height));
            var box = _l.Centred(980, 2 * pad + titleHeight + 8 * s + instrumentsHeight + used);
            _t.ClearButtons();
            using var back = new SKPaint { Color = new SKColor(10, 12, 16, 245) };
            _t.Canvas.DrawRect(box, back);
            _t.Begin(box, HelpLayer);
            using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
            using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
            using var good = new SKPaint { Color = HudColors.Good, IsAntialias = true };
            var closeWidth = HudText.ButtonRowWidth(close, f.Small);
            _t.ButtonRow(close, box.Right - pad - closeWidth, box.Top + pad, closeWidth, f.Small);
            _t.Line(title, box.Left + pad, box.Top + pad + (titleHeight - TextLayout.LineHeight(f.Heading)) / 2,
                box.Width - 3 * pad - closeWidth, f.Heading, text);
            _t.Wrap(instruments, box.Left + pad, box.Top + pad + titleHeight + 8 * s, box.Width - 2 * pad, f.Small, good, 3);
            var top0 = box.Top + pad + titleHeight + 8 * s + instrumentsHeight;
            var (column, top) = (0, top0);
            for (var i = 0; i < items.Count; i++)
            {
                if (i == fill[column].End)
                {
                    (column, top) = (column + 1, top0);
                }

                if (column == columns)
                {
                    break;
                }

                var x = box.Left + pad + column * (columnWidth + pad);
                top = Draw(items[i], x, top, columnWidth, lines, text, dim, good);
            }

            return;
        }
    }

    private float KeysWidth(float columnWidth) => MathF.Min(125 * _l.Scale, columnWidth * 0.3f);

    private float Height((string? Header, string Keys, string What) item, float columnWidth, int lines)
    {
        var f = _t.Fonts;
        if (item.Header is not null)
        {
            return TextLayout.LineHeight(f.Body) + 2 * _l.Scale;
        }

        var keys = KeysWidth(columnWidth);
        return HudText.WrapHeight(item.What, columnWidth - keys - 8 * _l.Scale, f.Small, lines) + 3 * _l.Scale;
    }

    private float Draw((string? Header, string Keys, string What) item, float x, float top, float columnWidth, int lines,
        SKPaint text, SKPaint dim, SKPaint good)
    {
        var f = _t.Fonts;
        var s = _l.Scale;
        if (item.Header is not null)
        {
            return _t.Line(item.Header, x, top, columnWidth, f.Body, good) + 2 * s;
        }

        var keys = KeysWidth(columnWidth);
        _t.Line(item.Keys, x, top, keys - 8 * s, f.Small, text);
        return _t.Wrap(item.What, x + keys, top, columnWidth - keys - 8 * s, f.Small, dim, lines) + 3 * s;
    }

    /// <summary>Splits the items greedily into runs no taller than <paramref name="available"/>: the end (exclusive) and height of each.</summary>
    private static List<(int End, float Height)> Columns(IReadOnlyList<float> heights, float available)
    {
        var result = new List<(int End, float Height)>();
        var height = 0f;
        for (var i = 0; i < heights.Count; i++)
        {
            if (height > 0 && height + heights[i] > available)
            {
                result.Add((i, height));
                height = 0;
            }

            height += heights[i];
        }

        result.Add((heights.Count, height));
        return result;
    }
}
