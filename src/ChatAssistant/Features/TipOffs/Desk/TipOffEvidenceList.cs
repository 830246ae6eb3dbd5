using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>A report's evidence rows as officers see them: plain columns, and the hash opened from its seal.</summary>
public sealed class TipOffEvidenceList(TipOffCipher cipher)
{
    private const string SelectAll = """
        SELECT id, kind, status, reason, content_type AS ContentType, size, sha256_cipher AS Sha256Cipher,
               created_at AS CreatedAt, stored_at AS StoredAt
        FROM tipoff_evidence
        WHERE tipoff_id = @tipOffId
        ORDER BY id
        """;

    public IReadOnlyList<TipOffEvidenceItem> Read(SqliteConnection connection, SqliteTransaction? transaction, long tipOffId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return [.. connection.Query<Row>(SelectAll, new { tipOffId }, transaction).Select(row => new TipOffEvidenceItem(
            row.Id, row.Kind, row.Status, row.Reason, row.ContentType, row.Size,
            row.Sha256Cipher is { Length: > 0 } sealedHash ? Convert.ToHexStringLower(cipher.Decrypt(sealedHash, Sha256Context(row.Id))) : null,
            DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt),
            row.StoredAt is { } stored ? DateTimeOffset.FromUnixTimeMilliseconds(stored) : null))];
    }

    /// <summary>The associated data of an evidence row's sealed SHA-256.</summary>
    public static string Sha256Context(long evidenceId) => $"tipoff-evidence:{evidenceId}:sha256";

    private sealed class Row
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
        public string? ContentType { get; init; }
        public long? Size { get; init; }
        public byte[]? Sha256Cipher { get; init; }
        public long CreatedAt { get; init; }
        public long? StoredAt { get; init; }
    }
}
