using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Transcripts;

/// <summary>The transcript table: what residents, the bot and officers said, redacted, kept for a while.</summary>
public sealed class TranscriptStore(SqliteConnectionFactory connections, TimeProvider clock, IOptions<TranscriptOptions> options)
{
    private const string InsertEntry = """
        INSERT INTO transcript_entries (oa_id, user_id, direction, text, officer_id, created_at)
        VALUES (@oaId, @userId, @direction, @text, @officerId, @now)
        RETURNING id
        """;

    /// <summary>
    /// Adds a line inside the caller's transaction and returns its id. The text is redacted here, so no
    /// caller can forget to: personal data never reaches the table.
    /// </summary>
    /// <param name="direction">One of <see cref="TranscriptDirections"/>.</param>
    public long Append(
        SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, string direction, string text, long? officerId = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!TranscriptDirections.IsKnown(direction))
        {
            throw new ArgumentException($"Unknown transcript direction '{direction}'.", nameof(direction));
        }
        // A prepared statement: every turn writes two of these on the writer, where SQL parsing is the main cost.
        return connection.ScalarPrepared(transaction, InsertEntry,
            ("oaId", oaId),
            ("userId", userId),
            ("direction", direction),
            ("text", Redactor.Redact(text)),
            ("officerId", officerId),
            ("now", clock.GetUtcNow().ToUnixTimeMilliseconds()))!.Value;
    }

    private const string SelectLast = """
        SELECT id, oa_id AS OaId, user_id AS UserId, direction, text, officer_id AS OfficerId, created_at AS CreatedAt
        FROM (
            SELECT id, oa_id, user_id, direction, text, officer_id, created_at
            FROM transcript_entries
            WHERE oa_id = @oaId AND user_id = @userId
            ORDER BY id DESC
            LIMIT @limit
        )
        ORDER BY id
        """;

    /// <summary>The last <paramref name="limit"/> lines of the resident's conversation, oldest first.</summary>
    public IReadOnlyList<TranscriptEntry> Read(string oaId, string userId, int limit = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = connections.Open();
        return connection.Query<TranscriptRow>(SelectLast, new { oaId, userId, limit })
            .Select(r => r.ToEntry())
            .ToList();
    }

    /// <summary>Lines written before this moment are past retention.</summary>
    public DateTimeOffset RetentionCutoff() => clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);

    private const string DeleteOld = """
        DELETE FROM transcript_entries
        WHERE id IN (
            SELECT id FROM transcript_entries
            WHERE created_at < @cutoff
            LIMIT @max
        )
        """;

    /// <summary>Deletes up to <paramref name="max"/> lines older than <paramref name="cutoff"/>; returns how many went.</summary>
    /// <remarks>Bounded so a first purge of a large table does not hold the single writer for long.</remarks>
    public static int DeleteOlderThan(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset cutoff, int max)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute(DeleteOld, new { cutoff = cutoff.ToUnixTimeMilliseconds(), max }, transaction);
    }

    private sealed record TranscriptRow(long Id, string OaId, string UserId, string Direction, string Text, long? OfficerId, long CreatedAt)
    {
        public TranscriptEntry ToEntry() =>
            new(Id, OaId, UserId, Direction, Text, OfficerId, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt));
    }
}
