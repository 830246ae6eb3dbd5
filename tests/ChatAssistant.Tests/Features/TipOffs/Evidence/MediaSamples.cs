using System.Security.Cryptography;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

/// <summary>Files that start as real ones do, followed by random bytes.</summary>
internal static class MediaSamples
{
    public static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];

    public static byte[] Jpeg(int size) => WithStart(JpegStart, size);

    public static byte[] WithStart(byte[] start, int size)
    {
        var content = RandomNumberGenerator.GetBytes(Math.Max(size, start.Length));
        start.CopyTo(content, 0);
        return content;
    }
}
