using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Simulator.App.Sessions;

namespace Simulator.App.Imaging;

/// <summary>Writes and reads RGBA8 pixel buffers as PNG files (ImageSharp).</summary>
public static class PngFile
{
    /// <summary>
    /// Writes via a temporary file so a full disk never leaves a truncated PNG behind; a failure is an
    /// <see cref="IOException"/> that names <paramref name="path"/> in one line (see <see cref="ResultsFolder.WriteAtomically(string, Action{string})"/>).
    /// </summary>
    public static void Write(string path, byte[] rgba, int width, int height)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var image = Image.LoadPixelData<Rgba32>(rgba, width, height);
        ResultsFolder.WriteAtomically(path, temp => image.SaveAsPng(temp));
    }

    /// <summary>PNG bytes of an RGBA8 buffer (for embedding in reports).</summary>
    public static byte[] Encode(byte[] rgba, int width, int height)
    {
        using var image = Image.LoadPixelData<Rgba32>(rgba, width, height);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static (byte[] Rgba, int Width, int Height) Read(string path)
    {
        using var image = Image.Load<Rgba32>(path);
        var pixels = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(pixels);
        return (pixels, image.Width, image.Height);
    }
}
