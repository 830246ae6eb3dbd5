using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>A report's evidence as officers read it: the listing, and the stored file behind a download.</summary>
public sealed class EvidenceStore(SqliteConnectionFactory connections, TipOffCipher cipher)
{
    private const string SelectList = """
        SELECT id, kind, status, reason, content_type AS ContentType, size, sha256_cipher AS Sha256Cipher, stored_at AS StoredAt
        FROM tipoff_evidence
        WHERE tipoff_id = @tipOffId
        ORDER BY id
        """;

    /// <summary>Every piece of evidence of the report, in the order it was sent. The caller checks the officer may see the report.</summary>
    public IReadOnlyList<EvidenceItem> List(long tipOffId)
    {
        using var connection = connections.Open();
        return [.. connection.Query<ListRow>(SelectList, new { tipOffId }).Select(row => new EvidenceItem(
            row.Id, row.Kind, row.Status, row.Reason, row.ContentType, row.Size,
            row.Sha256Cipher is null ? null : Convert.ToHexStringLower(cipher.Decrypt(row.Sha256Cipher, EvidenceBacklog.Sha256Context(row.Id))),
            row.StoredAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null))];
    }

    private const string SelectReport = "SELECT count(*) FROM tipoffs WHERE oa_id = @oaId AND id = @tipOffId";

    /// <summary>True when the report exists and belongs to the account.</summary>
    public bool ReportBelongsTo(string oaId, long tipOffId)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<long>(SelectReport, new { oaId, tipOffId }) > 0;
    }

    private const string SelectStored = """
        SELECT e.id, e.tipoff_id AS TipOffId, e.file_name AS FileName, e.content_type AS ContentType, e.size
        FROM tipoff_evidence e JOIN tipoffs t ON t.id = e.tipoff_id
        WHERE t.oa_id = @oaId AND e.tipoff_id = @tipOffId AND e.id = @evidenceId AND e.status = 'stored'
        """;

    /// <summary>The stored file of that evidence, when the report is the account's and the evidence the report's; null otherwise.</summary>
    public StoredEvidence? FindStored(string oaId, long tipOffId, long evidenceId)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<StoredEvidence>(SelectStored, new { oaId, tipOffId, evidenceId });
    }

    // Settable properties: SQLite hands back INTEGER columns as Int64 whatever the record says.
    private sealed class ListRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
        public string? ContentType { get; init; }
        public long? Size { get; init; }
        public byte[]? Sha256Cipher { get; init; }
        public long? StoredAt { get; init; }
    }
}
