using SkiaSharp;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>Paints the C-arm panel's frame over the image: title with the live pose, full-view button, the rotation and tilt scales, the resize corner.</summary>
/// <remarks>
/// The image itself is the fluoro texture, drawn under the HUD; the image rectangle is left clear once there is a shot.
/// Text goes through <see cref="HudText"/>, fitted to the part it labels, so the layout test sees it.
/// </remarks>
public static class CArmPanelPainter
{
    public static void Paint(HudText t, CArmPanelLayout l, OperatingTable table, string? shotView, bool fullView)
    {
        var canvas = t.Canvas;
        var f = t.Fonts;
        var s = f.Scale;
        var line2 = TextLayout.LineHeight(f.Small);
        var pose = table.CArm;
        using var panel = new SKPaint { Color = HudColors.Panel };
        using var text = new SKPaint { Color = HudColors.Text, IsAntialias = true };
        using var dim = new SKPaint { Color = HudColors.Dim, IsAntialias = true };
        using var mark = new SKPaint { Color = HudColors.Good, IsAntialias = true, StrokeWidth = 2 * s };
        using var line = new SKPaint { Color = HudColors.Dim, IsAntialias = true, StrokeWidth = 1 * s, Style = SKPaintStyle.Stroke };

        canvas.DrawRect(l.Title, panel);
        canvas.DrawRect(l.RotationHandle, panel);
        canvas.DrawRect(l.TiltHandle, panel);
        canvas.DrawRect(l.ResizeCorner, panel);
        var title = $"C-arm {pose.RotationDeg:0.0}°  tilt {pose.TiltDeg:+0.0;-0.0;0.0}°  {table.CArmView}";
        var titleBox = new SKRect(l.Title.Left, l.Title.Top, l.FullViewButton.Left, l.Title.Bottom);
        t.Begin(titleBox, 0);
        t.Line(title, titleBox.Left + 8 * s, titleBox.MidY - line2 / 2, titleBox.Width - 12 * s, f.Small, text);
        PaintFullViewButton(canvas, l.FullViewButton, fullView, s, line, mark);

        if (shotView is null || table.LastShotPose is not { } shot)
        {
            using var empty = new SKPaint { Color = new SKColor(8, 9, 11, 235) };
            canvas.DrawRect(l.Image, empty);
            t.Begin(l.Image, 0);
            var next = t.Line("No image yet", l.Image.MidX, l.Image.MidY - line2, l.Image.Width - 12 * s, f.Small, dim, SKTextAlign.Center);
            t.Line("Space takes a shot", l.Image.MidX, next, l.Image.Width - 12 * s, f.Small, dim, SKTextAlign.Center);
        }
        else
        {
            t.Begin(l.Image, 0);
            var bottom = l.Image.Bottom - 4 * s - line2;
            t.Line($"shot {table.Shots} · {shotView} · {shot.RotationDeg:0.0}° {shot.TiltDeg:+0.0;-0.0;0.0}°",
                l.Image.Left + 6 * s, bottom, l.Image.Width - 12 * s, f.Small, dim);
            if (shot != pose)
            {
                using var warning = new SKPaint { Color = HudColors.Warning, IsAntialias = true };
                t.Line("C-arm moved since this shot", l.Image.Left + 6 * s, bottom - line2, l.Image.Width - 12 * s, f.Small, warning);
            }
        }

        canvas.DrawRect(l.Image, line);
        PaintScale(t, l.RotationHandle, pose.RotationDeg, horizontal: true, dim, line, mark);
        PaintScale(t, l.TiltHandle, pose.TiltDeg, horizontal: false, dim, line, mark);
        for (var i = 1; i <= 3; i++)
        {
            var d = i * 5 * s;
            canvas.DrawLine(l.ResizeCorner.Right - d, l.ResizeCorner.Bottom - 2 * s, l.ResizeCorner.Right - 2 * s, l.ResizeCorner.Bottom - d, line);
        }
    }

    /// <summary>A tape scale under a fixed centre mark: 1° ticks, 5° longer, 10° labelled; values grow rightward or upward.</summary>
    private static void PaintScale(HudText t, SKRect r, float value, bool horizontal, SKPaint label, SKPaint tick, SKPaint mark)
    {
        var canvas = t.Canvas;
        var s = t.Fonts.Scale;
        var perDegree = CArmPanel.PixelsPerDegree * s;
        var half = (horizontal ? r.Width : r.Height) / 2 / perDegree;
        using var font = new SKFont(t.Fonts.Regular, 10 * s);
        var lineHeight = TextLayout.LineHeight(font);
        t.Begin(r, 0);
        canvas.Save();
        canvas.ClipRect(r);
        for (var deg = (int)MathF.Floor(value - half); deg <= (int)MathF.Ceiling(value + half); deg++)
        {
            var along = (deg - value) * perDegree;
            var length = (deg % 10 == 0 ? 9 : deg % 5 == 0 ? 6 : 3) * s;
            if (horizontal)
            {
                var x = r.MidX + along;
                canvas.DrawLine(x, r.Top, x, r.Top + length, tick);
                if (deg % 10 == 0 && x > r.Left + 12 * s && x < r.Right - 12 * s)
                {
                    t.Line($"{deg}", x, r.Bottom - lineHeight, 24 * s, font, label, SKTextAlign.Center);
                }
            }
            else
            {
                var y = r.MidY - along;
                canvas.DrawLine(r.Left, y, r.Left + length, y, tick);
                if (deg % 10 == 0 && y > r.Top + 8 * s && y < r.Bottom - 8 * s)
                {
                    t.Line($"{deg}", r.Right - 1 * s, y - lineHeight / 2, r.Width - 2 * s, font, label, SKTextAlign.Right);
                }
            }
        }

        if (horizontal)
        {
            canvas.DrawLine(r.MidX, r.Top, r.MidX, r.Bottom, mark);
        }
        else
        {
            canvas.DrawLine(r.Left, r.MidY, r.Right, r.MidY, mark);
        }

        canvas.Restore();
    }

    private static void PaintFullViewButton(SKCanvas canvas, SKRect r, bool fullView, float s, SKPaint line, SKPaint mark)
    {
        var inset = (fullView ? 9 : 6) * s;
        var box = new SKRect(r.Left + inset, r.Top + inset, r.Right - inset, r.Bottom - inset);
        using var stroke = new SKPaint { Color = mark.Color, IsAntialias = true, StrokeWidth = 1.5f * s, Style = SKPaintStyle.Stroke };
        canvas.DrawRect(box, stroke);
        canvas.DrawRect(r, line);
    }
}
