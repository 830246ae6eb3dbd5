namespace ChatAssistant.Features.TipOffs;

/// <summary>The <c>TipOffs</c> section: the key that seals reports at rest, how long they are kept, how many a resident may send.</summary>
public sealed class TipOffOptions
{
    public const string SectionName = "TipOffs";

    /// <summary>
    /// Base64 of exactly 32 bytes (AES-256). Report text, contact data and locations are encrypted with it,
    /// so the database file alone reveals nothing (issue 6, point 5). Required in Production; elsewhere a
    /// key is generated once into a file beside the database.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Keys used before the current one, still accepted for reading until rotation has re-encrypted every row.</summary>
    public IList<string> PreviousEncryptionKeys { get; } = [];

    /// <summary>Closed reports are deleted this many days after closing (issue 6, point 8).</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Reports one resident may send per hour (issue 6, point 7).</summary>
    public int MaxReportsPerHour { get; set; } = 5;

    /// <summary>Characters of story one report may hold: several screens of a phone, and a bound on what one resident can store.</summary>
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>Photos, videos and files one report may carry.</summary>
    public int MaxEvidenceFiles { get; set; } = 10;

    /// <summary>PBKDF2-SHA256 iterations for receipt hashes: slow on purpose, so a stolen database cannot be searched for codes.</summary>
    public int ReceiptHashIterations { get; set; } = 100_000;
}
