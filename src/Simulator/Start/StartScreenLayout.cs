using SkiaSharp;

namespace Simulator.App.Start;

/// <summary>Where every control of the start screen sits, in framebuffer pixels (origin top-left).</summary>
/// <remarks>
/// Pure arithmetic from the size, the text scale and the model, so painting and clicking use the same
/// rectangles and tests can hit controls without a window. Sized for 1024×640 and up.
/// </remarks>
public sealed class StartScreenLayout
{
    public const float RowHeight = 46;
    public const int MaxNoticeLines = 5;

    /// <summary>Lines kept for the trainee's record (last scores, proficiency) under the Start button.</summary>
    public const int StandingLines = 4;

    public StartScreenLayout(int width, int height, float scale, StartScreenModel model)
    {
        var s = scale;
        Scale = s;
        var margin = 36 * s;
        var contentWidth = Math.Min(width - 2 * margin, 1180 * s);
        var left = (width - contentWidth) / 2;
        Left = left;
        Right = left + contentWidth;
        TitleBaseline = margin + 26 * s;
        Footer = height - margin / 2;
        ListLabelBaseline = TitleBaseline + 48 * s;
        var columnTop = ListLabelBaseline + 10 * s;

        // The problem box sits at the bottom, full width: the list and the buttons above never move when it comes and goes.
        var columnsBottom = Footer - 28 * s;
        if (model.Notice is { } notice)
        {
            var lines = Math.Min(notice.Lines.Count, MaxNoticeLines) + (notice.Lines.Count > MaxNoticeLines ? 1 : 0);
            var boxHeight = (40 + lines * 18 + (notice.OffersDefault ? 44 : 0)) * s;
            var box = new SKRect(left, Footer - 20 * s - boxHeight, Right, Footer - 20 * s);
            Notice = box;
            UseDefault = notice.OffersDefault
                ? new SKRect(left + 16 * s, box.Bottom - 42 * s, left + 16 * s + Math.Min(640 * s, contentWidth - 32 * s), box.Bottom - 10 * s)
                : null;
            columnsBottom = box.Top - 16 * s;
        }

        var listWidth = contentWidth * 0.58f;

        // Left: the scenario list, then the file field under it.
        OpenButton = new SKRect(left + listWidth - 96 * s, columnsBottom - 36 * s, left + listWidth, columnsBottom);
        OpenField = new SKRect(left, OpenButton.Top, OpenButton.Left - 8 * s, OpenButton.Bottom);
        OpenLabelBaseline = OpenField.Top - 8 * s;
        var listBottom = OpenLabelBaseline - 24 * s;
        List = new SKRect(left, columnTop, left + listWidth, Math.Max(columnTop + RowHeight * s, listBottom));
        VisibleRows = Math.Max(1, (int)(List.Height / (RowHeight * s)));
        var rows = new List<(int, SKRect)>();
        for (var i = 0; i < VisibleRows && model.ListScroll + i < model.Entries.Count; i++)
        {
            var top = List.Top + i * RowHeight * s;
            rows.Add((model.ListScroll + i, new SKRect(List.Left, top, List.Right, top + RowHeight * s)));
        }

        Rows = rows;
        AboutBottom = columnsBottom;

        // Right: mode, trainee, start, and what the selected scenario is.
        var rx = left + listWidth + 32 * s;
        var rw = Right - rx;
        ModeLabelBaseline = ListLabelBaseline;
        Guided = new SKRect(rx, columnTop, rx + rw / 2 - 4 * s, columnTop + 38 * s);
        Assessment = new SKRect(rx + rw / 2 + 4 * s, columnTop, rx + rw, columnTop + 38 * s);
        ModeHintTop = Guided.Bottom + 20 * s;
        TraineeLabelBaseline = ModeHintTop + 56 * s;
        Trainee = new SKRect(rx, TraineeLabelBaseline + 10 * s, rx + rw, TraineeLabelBaseline + 46 * s);
        Start = new SKRect(rx, Trainee.Bottom + 22 * s, rx + rw, Trainee.Bottom + 74 * s);
        // The trainee's record (when the screen shows one) sits under Start, the scenario's description under it.
        StandingTop = Start.Bottom + 30 * s;
        AboutTop = model.Records is null ? StandingTop : StandingTop + StandingLines * 17 * s + 14 * s;
        AboutRight = Right;
        ColumnLeft = rx;
    }

    public float Scale { get; }
    public float Left { get; }
    public float Right { get; }
    public float TitleBaseline { get; }
    public SKRect? Notice { get; }
    public SKRect? UseDefault { get; }
    public float ListLabelBaseline { get; }
    public SKRect List { get; }
    public int VisibleRows { get; }

    /// <summary>The entries on screen: index into <see cref="StartScreenModel.Entries"/> and row rectangle.</summary>
    public IReadOnlyList<(int Index, SKRect Rect)> Rows { get; }

    public float OpenLabelBaseline { get; }
    public SKRect OpenField { get; }
    public SKRect OpenButton { get; }
    public float ModeLabelBaseline { get; }
    public SKRect Guided { get; }
    public SKRect Assessment { get; }
    public float ModeHintTop { get; }
    public float TraineeLabelBaseline { get; }
    public SKRect Trainee { get; }
    public SKRect Start { get; }

    /// <summary>The first baseline of the trainee's record; it ends above <see cref="AboutTop"/> and <see cref="AboutBottom"/>.</summary>
    public float StandingTop { get; }

    public float AboutTop { get; }
    public float AboutRight { get; }

    /// <summary>Where the selected scenario's description must end (above the problem box or the footer).</summary>
    public float AboutBottom { get; }
    public float ColumnLeft { get; }
    public float Footer { get; }

    /// <summary>The control under (<paramref name="x"/>, <paramref name="y"/>), or null.</summary>
    public StartTarget? Hit(float x, float y)
    {
        if (UseDefault is { } useDefault && useDefault.Contains(x, y))
        {
            return new StartTarget(StartTargetKind.UseDefault);
        }

        foreach (var (index, rect) in Rows)
        {
            if (rect.Contains(x, y))
            {
                return new StartTarget(StartTargetKind.Entry, index);
            }
        }

        return (x, y) switch
        {
            _ when OpenField.Contains(x, y) => new StartTarget(StartTargetKind.OpenField),
            _ when OpenButton.Contains(x, y) => new StartTarget(StartTargetKind.OpenButton),
            _ when Guided.Contains(x, y) => new StartTarget(StartTargetKind.Guided),
            _ when Assessment.Contains(x, y) => new StartTarget(StartTargetKind.Assessment),
            _ when Trainee.Contains(x, y) => new StartTarget(StartTargetKind.TraineeField),
            _ when Start.Contains(x, y) => new StartTarget(StartTargetKind.StartButton),
            _ => null,
        };
    }
}
