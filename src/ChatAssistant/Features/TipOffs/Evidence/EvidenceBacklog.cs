using ChatAssistant.Conversations;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>The fetcher's side of the <c>tipoff_evidence</c> table: what is due, and each fetch's outcome.</summary>
/// <remarks>Every outcome is written only while the row is still pending, so a report deleted meanwhile (retention) is not brought back.</remarks>
public sealed class EvidenceBacklog(SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher, TimeProvider clock)
{
    private const string SelectDue = """
        SELECT id, tipoff_id AS TipOffId, kind, source_cipher AS SourceCipher, attempts
        FROM tipoff_evidence
        WHERE status = 'pending' AND next_attempt_at <= @now
        ORDER BY next_attempt_at, id
        LIMIT @limit
        """;

    /// <summary>Pending rows whose time has come, oldest first.</summary>
    public IReadOnlyList<PendingEvidence> Due(int limit)
    {
        using var connection = connections.Open();
        return [.. connection.Query<PendingEvidence>(SelectDue, new { now = clock.GetUtcNow().ToUnixTimeMilliseconds(), limit })];
    }

    // An anonymous report's times are kept to the hour (tipoffs.created_at): the times its evidence keeps once fetched
    // must not give it to the second. The retry time is exact only while it still schedules a fetch.
    private const string OfAnonymousReport = "(SELECT anonymous FROM tipoffs WHERE tipoffs.id = tipoff_evidence.tipoff_id) = 1";

    private const string FinalRetryTime = $"""
        next_attempt_at = CASE WHEN {OfAnonymousReport} THEN next_attempt_at - next_attempt_at % 3600000 ELSE next_attempt_at END
        """;

    private const string MarkStored = $"""
        UPDATE tipoff_evidence
        SET status = 'stored', attempts = attempts + 1, reason = NULL, content_type = @contentType, size = @size,
            sha256_cipher = @sha256Cipher, file_name = @fileName,
            stored_at = CASE WHEN {OfAnonymousReport} THEN @hour ELSE @now END, {FinalRetryTime}
        WHERE id = @id AND status = 'pending'
        """;

    /// <summary>Records the stored file; false when the row is gone or no longer pending, and the file is the caller's to shred.</summary>
    public async Task<bool> StoreAsync(long id, FetchedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sha256Cipher = cipher.Encrypt(file.Sha256, Sha256Context(id));
        var now = clock.GetUtcNow();
        var changed = await writer.WriteAsync((connection, transaction) => connection.Execute(MarkStored, new
        {
            id, contentType = file.ContentType, size = file.Size, sha256Cipher, fileName = file.FileName,
            now = now.ToUnixTimeMilliseconds(), hour = FlowTraces.ToTheHour(now).ToUnixTimeMilliseconds(),
        }, transaction)).ConfigureAwait(false);
        return changed == 1;
    }

    private const string MarkSettled = $"""
        UPDATE tipoff_evidence SET status = @status, attempts = attempts + 1, reason = @reason, {FinalRetryTime}
        WHERE id = @id AND status = 'pending'
        """;

    /// <summary>Ends the row as rejected or failed, with the short reason code.</summary>
    public Task SettleAsync(long id, string status, string reason) =>
        writer.WriteAsync((connection, transaction) => connection.Execute(MarkSettled, new { id, status, reason }, transaction));

    private const string MarkRetry = """
        UPDATE tipoff_evidence SET attempts = attempts + 1, next_attempt_at = @next
        WHERE id = @id AND status = 'pending'
        """;

    /// <summary>Counts the try and puts the row back for <paramref name="next"/>.</summary>
    public Task RetryAsync(long id, DateTimeOffset next) =>
        writer.WriteAsync((connection, transaction) => connection.Execute(MarkRetry, new { id, next = next.ToUnixTimeMilliseconds() }, transaction));

    private const string SelectFileNames = "SELECT file_name FROM tipoff_evidence WHERE file_name IS NOT NULL";

    /// <summary>Every file a row points at: anything else in the media folder is an orphan.</summary>
    public IReadOnlySet<string> FileNames()
    {
        using var connection = connections.Open();
        return connection.Query<string>(SelectFileNames).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Binds the sealed SHA-256 to its row.</summary>
    public static string Sha256Context(long evidenceId) => $"tipoff-evidence:{evidenceId}:sha256";
}
