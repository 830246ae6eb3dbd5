using System.Text;
using ChatAssistant.Features.TipOffs.Evidence;

namespace ChatAssistant.Tests.Features.TipOffs.Evidence;

public sealed class MediaSnifferTests
{
    public static TheoryData<string, string?> Headers => new()
    {
        { "FF D8 FF E1 00 18 45 78 69 66 00 00 4D 4D 00 2A", "image/jpeg" },
        { "89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52", "image/png" },
        { "47 49 46 38 39 61 01 00 01 00 80 00 00 FF FF FF", "image/gif" },
        { "52 49 46 46 24 00 00 00 57 45 42 50 56 50 38 20", "image/webp" },
        { "52 49 46 46 24 00 00 00 57 41 56 45 66 6D 74 20", null },
        { "00 00 00 18 66 74 79 70 68 65 69 63 00 00 00 00", "image/heic" },
        { "00 00 00 1C 66 74 79 70 6D 69 66 31 00 00 00 00", "image/heif" },
        { "00 00 00 20 66 74 79 70 69 73 6F 6D 00 00 02 00", "video/mp4" },
        { "00 00 00 14 66 74 79 70 71 74 20 20 00 00 02 00", "video/quicktime" },
        { "00 00 00 18 66 74 79 70 33 67 70 34 00 00 00 00", "video/3gpp" },
        { "00 00 00 20 66 74 79 70 4D 34 41 20 00 00 00 00", "audio/mp4" },
        { "00 00 00 1C 66 74 79 70 61 76 69 66 00 00 00 00", null },
        { "49 44 33 04 00 00 00 00 00 23 54 53 53 45 00 00", "audio/mpeg" },
        { "FF FB 90 64 00 0F F0 00 00 69 00 00 00 08 00 00", "audio/mpeg" },
        { "FF F1 50 80 02 1F FC 21 00 49 90 02 19 00 23 80", "audio/aac" },
        { "23 21 41 4D 52 0A 3C 91 17 16 BE 66 78 00 00 01", "audio/amr" },
        { "25 50 44 46 2D 31 2E 37 0A 25 E2 E3 CF D3 0A 31", "application/pdf" },
        { "4D 5A 90 00 03 00 00 00 04 00 00 00 FF FF 00 00", null },
        { "3C 68 74 6D 6C 3E 3C 73 63 72 69 70 74 3E 61 3D", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void TheTypeComesFromTheFirstBytes(string hex, string? expected) =>
        Assert.Equal(expected, MediaSniffer.Sniff(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal))));

    [Fact]
    public void EveryDefaultTypeIsRecognisedAndHasAnExtension()
    {
        Assert.All(EvidenceOptions.DefaultContentTypes, type =>
        {
            Assert.True(MediaSniffer.Recognizes(type));
            Assert.NotEqual("bin", MediaSniffer.Extension(type));
        });
        Assert.False(MediaSniffer.Recognizes("text/html"));
        Assert.Equal("bin", MediaSniffer.Extension("text/html"));
    }

    [Fact]
    public void AShortFileIsNotMistakenForAnything() =>
        Assert.Null(MediaSniffer.Sniff(Encoding.ASCII.GetBytes("RIFF")));
}
