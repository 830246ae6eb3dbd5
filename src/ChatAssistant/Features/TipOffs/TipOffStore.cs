using System.Text.Json;
using ChatAssistant.Conversations;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs;

/// <summary>The tipoffs table: reports sealed at rest, found by id for officers or by receipt code for the reporter.</summary>
public sealed class TipOffStore(
    SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher, ReceiptHasher receipts, TimeProvider time)
{
    private const string Columns = """
        id, oa_id AS OaId, category, status, anonymous, text_cipher AS TextCipher, contact_cipher AS ContactCipher,
        user_id AS UserId, occurred_at AS OccurredAt, location_cipher AS LocationCipher,
        created_at AS CreatedAt, updated_at AS UpdatedAt, closed_at AS ClosedAt, receipt_salt AS ReceiptSalt, receipt_hash AS ReceiptHash
        """;

    // The id is part of each ciphertext's associated data, so the row is inserted first and sealed once its id is known.
    private const string Insert = """
        INSERT INTO tipoffs (oa_id, category, status, anonymous, text_cipher, user_id,
                             receipt_tag, receipt_salt, receipt_hash, occurred_at, created_at, updated_at)
        VALUES (@oaId, @category, 'new', @anonymous, zeroblob(0), @userId,
                @receiptTag, @receiptSalt, @receiptHash, @occurredAt, @now, @now)
        RETURNING id
        """;

    private const string Seal = """
        UPDATE tipoffs SET text_cipher = @textCipher, contact_cipher = @contactCipher, location_cipher = @locationCipher
        WHERE id = @id
        """;

    private const string InsertEvidence = """
        INSERT INTO tipoff_evidence (tipoff_id, kind, source_cipher, status, next_attempt_at, created_at)
        VALUES (@tipOffId, @kind, zeroblob(0), 'pending', @now, @now)
        RETURNING id
        """;

    private const string SealEvidence = "UPDATE tipoff_evidence SET source_cipher = @sourceCipher WHERE id = @id";

    /// <summary>
    /// Makes the receipt code (slow: PBKDF2, so never on the writer loop) and returns it with the write that
    /// stores the report, for the caller's transaction: a chat turn commits the report with its replies and state,
    /// so a retried turn cannot store it twice. The code is returned this once, formatted, and never stored.
    /// </summary>
    public PreparedTipOff Prepare(NewTipOff report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var code = ReceiptCode.New();
        var receipt = receipts.Protect(code);
        return new PreparedTipOff(ReceiptCode.Format(code), (connection, transaction) => Write(connection, transaction, report, receipt));
    }

    /// <summary>Stores the report in a transaction of its own.</summary>
    public async Task<(long Id, string Receipt)> CreateAsync(NewTipOff report)
    {
        var prepared = Prepare(report);
        var id = await writer.WriteAsync(prepared.Write).ConfigureAwait(false);
        return (id, prepared.Receipt);
    }

    private long Write(SqliteConnection connection, SqliteTransaction transaction, NewTipOff report, StoredReceipt receipt)
    {
        // An anonymous report's times are kept to the hour: to the millisecond they would match the resident's own
        // last message (residents.last_interaction_at) and name them.
        var now = (report.Anonymous ? FlowTraces.ToTheHour(time.GetUtcNow()) : time.GetUtcNow()).ToUnixTimeMilliseconds();
        // So is a time of the events read off the clock ("đang", "vừa"): it is the time of one of the resident's
        // messages. A time the resident stated ("8h sáng nay") is theirs to give and stays as stated.
        var occurredAt = report.Anonymous && report.OccurredAtFromClock && report.OccurredAt is { } answered
            ? FlowTraces.ToTheHour(answered)
            : report.OccurredAt;
        var id = connection.ExecuteScalar<long>(Insert, new
        {
            oaId = report.OaId, category = report.Category, anonymous = report.Anonymous,
            userId = report.Anonymous ? null : report.UserId,
            receiptTag = receipt.Tag, receiptSalt = receipt.Salt, receiptHash = receipt.Hash,
            occurredAt = occurredAt?.ToUnixTimeMilliseconds(), now,
        }, transaction);
        connection.Execute(Seal, new
        {
            id,
            textCipher = cipher.Encrypt(report.Text, Context(id, "text")),
            contactCipher = report.Anonymous || report.Contact is null ? null : cipher.Encrypt(report.Contact, Context(id, "contact")),
            locationCipher = report.Location is null ? null : cipher.Encrypt(report.Location, Context(id, "location")),
        }, transaction);
        foreach (var source in report.Evidence)
        {
            var evidenceId = connection.ExecuteScalar<long>(InsertEvidence, new { tipOffId = id, kind = source.Kind, now }, transaction);
            var sealedSource = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(source), EvidenceSourceContext(evidenceId));
            connection.Execute(SealEvidence, new { id = evidenceId, sourceCipher = sealedSource }, transaction);
        }
        return id;
    }

    /// <summary>The associated data that binds an evidence row's sealed source (JSON of <see cref="EvidenceSource"/>) to the row.</summary>
    public static string EvidenceSourceContext(long evidenceId) => $"tipoff-evidence:{evidenceId}:source";

    private const string SelectOne = $"""
        SELECT {Columns} FROM tipoffs WHERE oa_id = @oaId AND id = @id
        """;

    /// <summary>One report of the OA, decrypted; null when the OA has no such report.</summary>
    public TipOff? Find(string oaId, long id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<Row>(SelectOne, new { oaId, id }) is { } row ? Open(row) : null;
    }

    private const string SelectByTag = $"""
        SELECT {Columns} FROM tipoffs WHERE oa_id = @oaId AND receipt_tag IN @tags
        """;

    /// <summary>The report behind a receipt code as the resident typed it (any case, spaces, dashes); null when none matches.</summary>
    public TipOff? FindByReceipt(string oaId, string receipt)
    {
        if (ReceiptCode.Normalize(receipt) is not { } code)
        {
            return null;
        }
        using var connection = connections.Open();
        var candidates = connection.Query<Row>(SelectByTag, new { oaId, tags = receipts.CandidateTags(code) });
        return candidates.FirstOrDefault(row => receipts.Matches(code, row.ReceiptSalt, row.ReceiptHash)) is { } match ? Open(match) : null;
    }

    private TipOff Open(Row row) => new(
        row.Id, row.OaId, row.Category, row.Status, row.Anonymous,
        cipher.DecryptString(row.TextCipher, Context(row.Id, "text")),
        row.ContactCipher is null ? null : cipher.DecryptString(row.ContactCipher, Context(row.Id, "contact")),
        row.UserId,
        row.OccurredAt is { } occurred ? DateTimeOffset.FromUnixTimeMilliseconds(occurred) : null,
        row.LocationCipher is null ? null : cipher.DecryptString(row.LocationCipher, Context(row.Id, "location")),
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt),
        DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAt),
        row.ClosedAt is { } closed ? DateTimeOffset.FromUnixTimeMilliseconds(closed) : null);

    /// <summary>Binds a ciphertext to its row and field, so it cannot be swapped into another.</summary>
    public static string Context(long id, string field) => $"tipoff:{id}:{field}";

    // Settable properties rather than a positional record: SQLite hands back INTEGER for the anonymous flag.
    private sealed class Row
    {
        public long Id { get; init; }
        public string OaId { get; init; } = "";
        public string Category { get; init; } = "";
        public string Status { get; init; } = "";
        public bool Anonymous { get; init; }
        public byte[] TextCipher { get; init; } = [];
        public byte[]? ContactCipher { get; init; }
        public string? UserId { get; init; }
        public long? OccurredAt { get; init; }
        public byte[]? LocationCipher { get; init; }
        public long CreatedAt { get; init; }
        public long UpdatedAt { get; init; }
        public long? ClosedAt { get; init; }
        public byte[] ReceiptSalt { get; init; } = [];
        public byte[] ReceiptHash { get; init; } = [];
    }
}
