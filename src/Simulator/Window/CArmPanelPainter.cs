using SkiaSharp;
using Simulator.Rendering.Scene;

namespace Simulator.App.Window;

/// <summary>Paints the C-arm panel's frame over the image: title with the live pose, full-view button, the rotation and tilt scales, the resize corner.</summary>
/// <remarks>The image itself is the fluoro texture, drawn under the HUD; the image rectangle is left clear once there is a shot.</remarks>
public static class CArmPanelPainter
{
    public static void Paint(SKCanvas canvas, CArmPanelLayout l, HudFonts f, OperatingTable table, string? shotView, bool fullView)
    {
        var s = f.Scale;
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
        canvas.Save();
        canvas.ClipRect(new SKRect(l.Title.Left, l.Title.Top, l.FullViewButton.Left, l.Title.Bottom));
        canvas.DrawText(title, l.Title.Left + 8 * s, l.Title.MidY + 4.5f * s, SKTextAlign.Left, f.Small, text);
        canvas.Restore();
        PaintFullViewButton(canvas, l.FullViewButton, fullView, s, line, mark);

        if (shotView is null || table.LastShotPose is not { } shot)
        {
            using var empty = new SKPaint { Color = new SKColor(8, 9, 11, 235) };
            canvas.DrawRect(l.Image, empty);
            canvas.DrawText("No image yet", l.Image.MidX, l.Image.MidY - 4 * s, SKTextAlign.Center, f.Small, dim);
            canvas.DrawText("Space takes a shot", l.Image.MidX, l.Image.MidY + 14 * s, SKTextAlign.Center, f.Small, dim);
        }
        else
        {
            canvas.Save();
            canvas.ClipRect(l.Image);
            canvas.DrawText($"shot {table.Shots} · {shotView} · {shot.RotationDeg:0.0}° {shot.TiltDeg:+0.0;-0.0;0.0}°",
                l.Image.Left + 6 * s, l.Image.Bottom - 6 * s, SKTextAlign.Left, f.Small, dim);
            if (shot != pose)
            {
                using var warning = new SKPaint { Color = HudColors.Warning, IsAntialias = true };
                canvas.DrawText("C-arm moved since this shot", l.Image.Left + 6 * s, l.Image.Bottom - 22 * s, SKTextAlign.Left, f.Small, warning);
            }

            canvas.Restore();
        }

        canvas.DrawRect(l.Image, line);
        PaintScale(canvas, l.RotationHandle, pose.RotationDeg, horizontal: true, s, f, dim, line, mark);
        PaintScale(canvas, l.TiltHandle, pose.TiltDeg, horizontal: false, s, f, dim, line, mark);
        for (var i = 1; i <= 3; i++)
        {
            var d = i * 5 * s;
            canvas.DrawLine(l.ResizeCorner.Right - d, l.ResizeCorner.Bottom - 2 * s, l.ResizeCorner.Right - 2 * s, l.ResizeCorner.Bottom - d, line);
        }
    }

    /// <summary>A tape scale under a fixed centre mark: 1° ticks, 5° longer, 10° labelled; values grow rightward or upward.</summary>
    private static void PaintScale(SKCanvas canvas, SKRect r, float value, bool horizontal, float s, HudFonts f, SKPaint label, SKPaint tick, SKPaint mark)
    {
        var perDegree = CArmPanel.PixelsPerDegree * s;
        var half = (horizontal ? r.Width : r.Height) / 2 / perDegree;
        using var font = new SKFont(f.Regular, 10 * s);
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
                    canvas.DrawText($"{deg}", x, r.Bottom - 2 * s, SKTextAlign.Center, font, label);
                }
            }
            else
            {
                var y = r.MidY - along;
                canvas.DrawLine(r.Left, y, r.Left + length, y, tick);
                if (deg % 10 == 0 && y > r.Top + 8 * s && y < r.Bottom - 8 * s)
                {
                    canvas.DrawText($"{deg}", r.Right - 1 * s, y + 3.5f * s, SKTextAlign.Right, font, label);
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
