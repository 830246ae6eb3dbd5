using System.Globalization;

namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>A column of values sealed with <see cref="TipOffCipher"/> in a table keyed by <c>id</c>, and the associated data each was sealed under.</summary>
internal sealed record SealedColumn(string Table, string Column, Func<long, string> Context)
{
    /// <summary>
    /// Every sealed column with an integer id (the <c>tipoff_keys</c> rows are keyed by purpose, see <see cref="ReceiptTagKey.Context"/>).
    /// A new sealed column belongs here, or rotation leaves it behind and it stops opening once the old key goes.
    /// </summary>
    public static IReadOnlyList<SealedColumn> All { get; } =
    [
        new("tipoffs", "text_cipher", id => TipOffStore.Context(id, "text")),
        new("tipoffs", "contact_cipher", id => TipOffStore.Context(id, "contact")),
        new("tipoffs", "location_cipher", id => TipOffStore.Context(id, "location")),
        new("tipoff_notes", "body_cipher", NoteContext),
        new("tipoff_evidence", "source_cipher", TipOffStore.EvidenceSourceContext),
        new("tipoff_evidence", "sha256_cipher", EvidenceSha256Context),
    ];

    /// <summary>The context of a timeline note's sealed body (schema 0008).</summary>
    public static string NoteContext(long noteId) => string.Create(CultureInfo.InvariantCulture, $"tipoff-note:{noteId}");

    /// <summary>The context of an evidence row's sealed SHA-256 of the content (schema 0008).</summary>
    public static string EvidenceSha256Context(long evidenceId) => string.Create(CultureInfo.InvariantCulture, $"tipoff-evidence:{evidenceId}:sha256");

    public string Name => $"{Table}.{Column}";
}
