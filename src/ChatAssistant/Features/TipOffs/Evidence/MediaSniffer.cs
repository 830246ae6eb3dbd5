using System.Text;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Tells a file's real type from its first bytes, since the declared type and name are the sender's word.</summary>
public static class MediaSniffer
{
    /// <summary>Enough of a file's start to recognise every type below.</summary>
    public const int HeaderSize = 16;

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = "jpg", ["image/png"] = "png", ["image/webp"] = "webp", ["image/heic"] = "heic",
        ["image/heif"] = "heif", ["image/gif"] = "gif", ["video/mp4"] = "mp4", ["video/quicktime"] = "mov",
        ["video/3gpp"] = "3gp", ["audio/mpeg"] = "mp3", ["audio/aac"] = "aac", ["audio/mp4"] = "m4a",
        ["audio/amr"] = "amr", ["application/pdf"] = "pdf",
    };

    /// <summary>True for the types <see cref="Sniff"/> can return.</summary>
    public static bool Recognizes(string? contentType) => contentType is not null && Extensions.ContainsKey(contentType);

    /// <summary>The file name extension for a recognised type; <c>bin</c> otherwise.</summary>
    public static string Extension(string? contentType) =>
        contentType is not null && Extensions.TryGetValue(contentType, out var extension) ? extension : "bin";

    /// <summary>The content type of a file starting with <paramref name="header"/> (at least <see cref="HeaderSize"/> bytes unless the file is shorter); null when unknown.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }
        if (header.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        if (header.StartsWith("#!AMR"u8))
        {
            return "audio/amr";
        }
        if (header.StartsWith("ID3"u8))
        {
            return "audio/mpeg";
        }
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return IsoBrand(Encoding.ASCII.GetString(header[8..12]));
        }
        if (header.Length >= 8 && (header[4..8].SequenceEqual("moov"u8) || header[4..8].SequenceEqual("mdat"u8) || header[4..8].SequenceEqual("wide"u8)))
        {
            // QuickTime files written before the ftyp box existed start straight with their atoms.
            return "video/quicktime";
        }
        if (header.Length >= 2 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0)
        {
            // An MPEG audio frame sync: layer bits 00 mean AAC in ADTS framing, anything else MP1/2/3.
            return (header[1] & 0x06) == 0 ? "audio/aac" : "audio/mpeg";
        }
        return null;
    }

    /// <summary>The ISO base media family (MP4, MOV, 3GP, M4A, HEIF) told apart by the major brand of the <c>ftyp</c> box.</summary>
    private static string? IsoBrand(string brand) => brand switch
    {
        "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" => "image/heic",
        "mif1" or "msf1" => "image/heif",
        "qt  " => "video/quicktime",
        "M4A " or "M4B " => "audio/mp4",
        "avif" or "avis" or "crx " => null,
        _ when brand.StartsWith("3g", StringComparison.Ordinal) => "video/3gpp",
        "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "M4V " or "M4VP" or "dash" or "mmp4" or "MSNV" or "f4v " => "video/mp4",
        _ => null,
    };
}
