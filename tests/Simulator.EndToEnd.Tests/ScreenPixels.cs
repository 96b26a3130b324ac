using System.Runtime.InteropServices;

namespace Simulator.EndToEnd.Tests;

/// <summary>Reads what an X11 window shows on the screen (not the GL back buffer), with Xlib's XGetImage.</summary>
internal static partial class ScreenPixels
{
    private const string Lib = "libX11.so.6";

    /// <summary>The window's pixels as RGB, top row first, <paramref name="width"/> × <paramref name="height"/> from its top-left corner.</summary>
    public static byte[] ReadRgb(nint window, int width, int height)
    {
        var display = XOpenDisplay(0);
        Assert.NotEqual(0, display);
        try
        {
            var image = XGetImage(display, window, 0, 0, (uint)width, (uint)height, ulong.MaxValue, ZPixmap);
            Assert.NotEqual(0, image);
            var rgb = new byte[width * height * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    // A 24-bit TrueColor visual: 0xRRGGBB.
                    var pixel = XGetPixel(image, x, y);
                    var i = (y * width + x) * 3;
                    rgb[i] = (byte)(pixel >> 16);
                    rgb[i + 1] = (byte)(pixel >> 8);
                    rgb[i + 2] = (byte)pixel;
                }
            }

            XDestroyImage(image);
            return rgb;
        }
        finally
        {
            XCloseDisplay(display);
        }
    }

    private const int ZPixmap = 2;

    [LibraryImport(Lib)]
    private static partial nint XOpenDisplay(nint name);

    [LibraryImport(Lib)]
    private static partial int XCloseDisplay(nint display);

    [LibraryImport(Lib)]
    private static partial nint XGetImage(nint display, nint drawable, int x, int y, uint width, uint height, ulong planeMask, int format);

    [LibraryImport(Lib)]
    private static partial nuint XGetPixel(nint image, int x, int y);

    [LibraryImport(Lib)]
    private static partial int XDestroyImage(nint image);
}
