namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>The <c>TipOffs:Evidence</c> section: where fetched media are kept, and what may be fetched at all.</summary>
/// <remarks>A configured list replaces its default rather than adding to it: an allow-list should read as exactly what is allowed.</remarks>
public sealed class EvidenceOptions
{
    public const string SectionName = "TipOffs:Evidence";

    /// <summary>The folder of encrypted evidence files; by default <c>tipoff-media</c> beside the database file.</summary>
    public string? MediaFolder { get; set; }

    /// <summary>Larger files are rejected (<c>too-large</c>), whatever size the sender declared.</summary>
    public long MaxFileBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Types, as recognised from the content's first bytes, that are kept; anything else is rejected (<c>type</c>).</summary>
    public IList<string> AllowedContentTypes { get; } = [];

    /// <summary>Hosts media may be fetched from, as suffixes (<c>zdn.vn</c> allows <c>photo.zdn.vn</c>): nothing else is ever requested.</summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>Tries before a file that cannot be reached is given up on (<c>unreachable</c>).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The most one fetch may take, answer and body together.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait before the first retry; it doubles with each further try.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An officer's requests for one file within this span are one viewing, audited once: a video player asks for a
    /// file in many ranges. Zero audits every request.
    /// </summary>
    public TimeSpan ViewingWindow { get; set; } = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<string> DefaultContentTypes { get; } =
    [
        "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/gif",
        "video/mp4", "video/quicktime", "video/3gpp",
        "audio/mpeg", "audio/aac", "audio/mp4", "audio/amr",
        "application/pdf",
    ];

    /// <summary>Zalo's CDN domains, where the URLs of what residents send point.</summary>
    public static IReadOnlyList<string> DefaultHosts { get; } = ["zdn.vn", "zadn.vn", "zalo.me", "zaloapp.com"];
}
