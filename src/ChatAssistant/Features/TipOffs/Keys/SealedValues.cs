using System.Security.Cryptography;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Features.TipOffs.Keys;

/// <summary>Finds values sealed with a previous key (their first byte is not the current key id) and re-seals them, a batch per write.</summary>
/// <remarks>
/// Values are read and re-sealed off the writer loop; the write then replaces each one only if it is still the
/// value that was read, so a note or report rewritten meanwhile is never overwritten with older content.
/// </remarks>
internal sealed partial class SealedValues(SqliteConnectionFactory connections, SqliteWriter writer, TipOffCipher cipher, ILogger logger)
{
    public int BatchSize { get; set; } = 500;

    private byte[] Current => [cipher.CurrentKeyId];

    /// <summary>How many values still need re-sealing (evidence files aside: only their store can tell).</summary>
    public long CountStale()
    {
        using var connection = connections.Open();
        var current = Current;
        var count = connection.ExecuteScalar<long>("SELECT count(*) FROM tipoff_keys WHERE substr(sealed, 1, 1) <> @current", new { current });
        foreach (var column in SealedColumn.All)
        {
            count += connection.ExecuteScalar<long>(
                $"SELECT count(*) FROM {column.Table} WHERE substr({column.Column}, 1, 1) <> @current", new { current });
        }
        return count;
    }

    public async Task<RekeyPass> ResealAsync(SealedColumn column, CancellationToken cancellationToken)
    {
        // Keyset order by id: a value that cannot be re-sealed is passed over, not met again in the next batch.
        var select = $"""
            SELECT id AS Id, {column.Column} AS Value FROM {column.Table}
            WHERE id > @after AND substr({column.Column}, 1, 1) <> @current
            ORDER BY id LIMIT @limit
            """;
        var update = $"UPDATE {column.Table} SET {column.Column} = @Value WHERE id = @Id AND {column.Column} = @Old";
        var pass = RekeyPass.None;
        var after = 0L;
        List<StaleValue> batch;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (var connection = connections.Open())
            {
                batch = connection.Query<StaleValue>(select, new { after, current = Current, limit = BatchSize }).AsList();
            }
            if (batch.Count == 0)
            {
                break;
            }
            after = batch[^1].Id;
            var resealed = batch.Select(v => Reseal(v.Value, column.Context(v.Id)) is { } value ? new Resealed(v.Id, v.Value, value) : null)
                .OfType<Resealed>().ToList();
            var written = resealed.Count == 0 ? 0 : await writer.WriteAsync((connection, transaction) => connection.Execute(update, resealed, transaction)).ConfigureAwait(false);
            pass = pass.Plus(new RekeyPass(written, 0, batch.Count - resealed.Count, resealed.Count - written, 0));
            LogBatch(logger, written, column.Name);
        }
        while (batch.Count == BatchSize);
        return pass;
    }

    private const string SelectStaleKeys = """
        SELECT purpose AS Purpose, sealed AS Value FROM tipoff_keys WHERE substr(sealed, 1, 1) <> @current
        """;

    private const string UpdateKey = """
        UPDATE tipoff_keys SET sealed = @Value WHERE purpose = @Purpose AND sealed = @Old
        """;

    /// <summary>The service's own keys (<c>tipoff_keys</c>), keyed by purpose rather than id; a handful of rows.</summary>
    public async Task<RekeyPass> ResealStoredKeysAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<StaleKey> stale;
        using (var connection = connections.Open())
        {
            stale = connection.Query<StaleKey>(SelectStaleKeys, new { current = Current }).AsList();
        }
        var resealed = stale.Select(k => Reseal(k.Value, ReceiptTagKey.Context(k.Purpose)) is { } value ? new ResealedKey(k.Purpose, k.Value, value) : null)
            .OfType<ResealedKey>().ToList();
        var written = resealed.Count == 0 ? 0 : await writer.WriteAsync((connection, transaction) => connection.Execute(UpdateKey, resealed, transaction)).ConfigureAwait(false);
        return new RekeyPass(written, 0, stale.Count - resealed.Count, resealed.Count - written, 0);
    }

    private const string SelectFiles = """
        SELECT id AS Id, file_name AS FileName FROM tipoff_evidence
        WHERE file_name IS NOT NULL AND id > @after
        ORDER BY id LIMIT @limit
        """;

    /// <summary>Asks the evidence store to re-encrypt every stored file; it knows which key sealed each.</summary>
    public async Task<RekeyPass> ResealFilesAsync(IEvidenceFiles files, CancellationToken cancellationToken)
    {
        var pass = RekeyPass.None;
        var after = 0L;
        List<StoredFile> batch;
        do
        {
            using (var connection = connections.Open())
            {
                batch = connection.Query<StoredFile>(SelectFiles, new { after, limit = BatchSize }).AsList();
            }
            foreach (var file in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    pass = pass.Plus(await files.ResealAsync(file.Id, file.FileName, cancellationToken).ConfigureAwait(false)
                        ? new RekeyPass(0, 1, 0, 0, 0)
                        : RekeyPass.None);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFileFailed(logger, ex, file.Id);
                    pass = pass.Plus(new RekeyPass(0, 0, 0, 0, 1));
                }
                after = file.Id;
            }
        }
        while (batch.Count == BatchSize);
        return pass;
    }

    /// <summary>The value sealed again with the current key under the same context; null when no configured key opens it.</summary>
    private byte[]? Reseal(byte[] sealedValue, string context)
    {
        byte[] plaintext;
        try
        {
            plaintext = cipher.Decrypt(sealedValue, context);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var resealed = cipher.Encrypt(plaintext, context);
        CryptographicOperations.ZeroMemory(plaintext);
        return resealed;
    }

    private sealed record StaleValue(long Id, byte[] Value);

    private sealed record StaleKey(string Purpose, byte[] Value);

    private sealed record StoredFile(long Id, string FileName);

    private sealed record Resealed(long Id, byte[] Old, byte[] Value);

    private sealed record ResealedKey(string Purpose, byte[] Old, byte[] Value);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Re-sealed {Count} values of {Column}")]
    private static partial void LogBatch(ILogger logger, int count, string column);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file of tip-off evidence {EvidenceId} could not be re-encrypted; the next pass tries again")]
    private static partial void LogFileFailed(ILogger logger, Exception exception, long evidenceId);
}
