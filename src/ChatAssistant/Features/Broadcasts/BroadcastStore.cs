using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>The <c>broadcasts</c> table: notices as composed, and the moves of their status.</summary>
public sealed class BroadcastStore(SqliteConnectionFactory connections)
{
    private const string Columns = """
        id, oa_id AS OaId, title, text, image_url AS ImageUrl, link, category, target, urgent, send_at AS SendAt, status,
        created_by AS CreatedBy, approved_by AS ApprovedBy, created_at AS CreatedAt, approved_at AS ApprovedAt,
        started_at AS StartedAt, finished_at AS FinishedAt, targeted, out_of_window AS OutOfWindow
        """;

    private const string InsertBroadcast = """
        INSERT INTO broadcasts (oa_id, title, text, image_url, link, category, target, urgent, send_at, status, created_by, created_at, updated_at)
        VALUES (@oaId, @title, @text, @imageUrl, @link, @category, @target, @urgent, @sendAt, 'draft', @createdBy, @now, @now);
        SELECT last_insert_rowid();
        """;

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, NewBroadcast notice, bool urgent, long? createdBy, long now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return connection.ExecuteScalar<long>(InsertBroadcast, new
        {
            oaId = notice.OaId,
            title = notice.Title.Trim(),
            text = notice.Text.Trim(),
            imageUrl = NullIfBlank(notice.ImageUrl),
            link = NullIfBlank(notice.Link),
            category = notice.Category,
            target = notice.Target.ToJson(),
            urgent = urgent ? 1 : 0,
            sendAt = notice.SendAt?.ToUnixTimeMilliseconds(),
            createdBy,
            now,
        }, transaction);
    }

    private const string SelectBroadcast = $"SELECT {Columns} FROM broadcasts WHERE id = @id";

    public Broadcast? Find(long id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<Broadcast>(SelectBroadcast, new { id });
    }

    public static Broadcast? Find(SqliteConnection connection, SqliteTransaction transaction, long id) =>
        connection.QuerySingleOrDefault<Broadcast>(SelectBroadcast, new { id }, transaction);

    private const string SelectByAccount = $"""
        SELECT {Columns} FROM broadcasts
        WHERE oa_id = @oaId AND (@before IS NULL OR id < @before)
        ORDER BY id DESC
        LIMIT @limit
        """;

    /// <summary>The account's notices, newest first.</summary>
    public IReadOnlyList<Broadcast> List(string oaId, int limit, long? before)
    {
        using var connection = connections.Open();
        return connection.Query<Broadcast>(SelectByAccount, new { oaId, limit, before }).AsList();
    }

    private const string SelectActive = $"""
        SELECT {Columns} FROM broadcasts
        WHERE status IN ('sending', 'paused') OR (status = 'cancelled' AND finished_at IS NULL)
        ORDER BY urgent DESC, id
        """;

    /// <summary>Notices the sender looks after: sending, paused (queued messages still settle), cancelled but not yet settled.</summary>
    public IReadOnlyList<Broadcast> ListActive()
    {
        using var connection = connections.Open();
        return connection.Query<Broadcast>(SelectActive).AsList();
    }

    private const string UpdateStatus = """
        UPDATE broadcasts SET status = @to, updated_at = @now WHERE id = @id AND status IN @from
        """;

    /// <summary>Moves the notice to <paramref name="to"/> if it is in one of <paramref name="from"/>; false otherwise.</summary>
    public static bool Move(SqliteConnection connection, SqliteTransaction transaction, long id, IReadOnlyList<string> from, string to, long now) =>
        connection.Execute(UpdateStatus, new { id, from, to, now }, transaction) == 1;

    private const string UpdateApproved = """
        UPDATE broadcasts SET status = 'approved', approved_by = @officerId, approved_at = @now, updated_at = @now
        WHERE id = @id AND status = 'draft'
        """;

    public static bool Approve(SqliteConnection connection, SqliteTransaction transaction, long id, long? officerId, long now) =>
        connection.Execute(UpdateApproved, new { id, officerId, now }, transaction) == 1;

    private const string UpdateStarted = """
        UPDATE broadcasts SET status = 'sending', started_at = @now, targeted = @targeted, out_of_window = @outOfWindow, updated_at = @now
        WHERE id = @id
        """;

    public static void Started(SqliteConnection connection, SqliteTransaction transaction, long id, long targeted, long outOfWindow, long now) =>
        connection.Execute(UpdateStarted, new { id, targeted, outOfWindow, now }, transaction);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
