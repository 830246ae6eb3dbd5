using System.Security.Cryptography;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Keys;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Tests.Features.TipOffs.Keys;

/// <summary>The tip-off parts as the service composes them, over one test database and one set of keys (a process's lifetime).</summary>
internal sealed class TipOffParts
{
    private readonly TestDatabase _database;
    private readonly TimeProvider _clock;

    public TipOffParts(TestDatabase database, IOptions<TipOffOptions> options, TimeProvider? clock = null)
    {
        _database = database;
        _clock = clock ?? TimeProvider.System;
        Options = options;
        Cipher = new TipOffCipher(options);
        TagKey = new ReceiptTagKey(database.Connections, database.Writer, Cipher);
        Store = new TipOffStore(database.Connections, database.Writer, Cipher, new ReceiptHasher(TagKey, options), _clock);
    }

    public IOptions<TipOffOptions> Options { get; }

    public TipOffCipher Cipher { get; }

    public ReceiptTagKey TagKey { get; }

    public TipOffStore Store { get; }

    public TipOffRekeying Rekeying(IEvidenceFiles? files = null, ILogger<TipOffRekeying>? logger = null, int batchSize = 500) =>
        new(_database.Connections, _database.Writer, TagKey, Cipher, new AuditLog(_database.Writer, _clock), _clock,
            logger ?? NullLogger<TipOffRekeying>.Instance, files) { BatchSize = batchSize };

    /// <summary>A timeline note, sealed as the desk seals it (schema 0008: context <c>tipoff-note:{id}</c>).</summary>
    public Task<long> AddNoteAsync(long tipOffId, string body) => _database.Writer.WriteAsync((connection, transaction) =>
    {
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO tipoff_notes (tipoff_id, kind, officer_id, body_cipher, created_at)
            VALUES (@tipOffId, 'note', 1, zeroblob(0), 0) RETURNING id
            """, new { tipOffId }, transaction);
        connection.Execute("UPDATE tipoff_notes SET body_cipher = @body WHERE id = @id",
            new { id, body = Cipher.Encrypt(body, SealedColumn.NoteContext(id)) }, transaction);
        return id;
    });

    /// <summary>Marks the report's evidence rows stored, as the fetcher does: the file in the folder, its sealed SHA-256 in the row.</summary>
    public Task StoreEvidenceAsync(long tipOffId, FolderEvidenceFiles files, byte[] content) => _database.Writer.WriteAsync((connection, transaction) =>
    {
        foreach (var id in connection.Query<long>("SELECT id FROM tipoff_evidence WHERE tipoff_id = @tipOffId", new { tipOffId }, transaction))
        {
            connection.Execute("""
                UPDATE tipoff_evidence SET status = 'stored', file_name = @fileName, sha256_cipher = @sha, size = @size, stored_at = 0
                WHERE id = @id
                """, new { id, fileName = files.Store(id, content), sha = Cipher.Encrypt(SHA256.HashData(content), SealedColumn.EvidenceSha256Context(id)), size = content.Length }, transaction);
        }
    });
}
