using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Simulator.App.Imaging;

/// <summary>Writes and reads RGBA8 pixel buffers as PNG files (ImageSharp).</summary>
public static class PngFile
{
    /// <summary>Writes via a temporary file so a full disk never leaves a truncated PNG behind.</summary>
    public static void Write(string path, byte[] rgba, int width, int height)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var image = Image.LoadPixelData<Rgba32>(rgba, width, height);
        var temp = path + ".tmp";
        image.SaveAsPng(temp);
        File.Move(temp, path, overwrite: true);
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
