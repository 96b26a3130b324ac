using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Reads the bound framebuffer's colour as RGBA8 with the top row first (GL stores rows bottom-up).</summary>
public static class PixelReadback
{
    public static unsafe byte[] ReadRgba(GL gl, int width, int height)
    {
        var pixels = new byte[width * height * 4];
        gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        fixed (byte* p = pixels)
        {
            gl.ReadPixels(0, 0, (uint)width, (uint)height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }

        FlipRows(pixels, width * 4, height);
        return pixels;
    }

    public static void FlipRows(Span<byte> pixels, int stride, int height)
    {
        var row = new byte[stride];
        for (var y = 0; y < height / 2; y++)
        {
            var top = pixels.Slice(y * stride, stride);
            var bottom = pixels.Slice((height - 1 - y) * stride, stride);
            top.CopyTo(row);
            bottom.CopyTo(top);
            row.CopyTo(bottom);
        }
    }
}
