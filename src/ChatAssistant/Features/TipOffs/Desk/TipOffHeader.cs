using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The plain columns of a report that the workflow decides on; no ciphertext is read or opened.</summary>
internal sealed class TipOffHeader
{
    public long Id { get; init; }
    public string OaId { get; init; } = "";
    public string Category { get; init; } = "";
    public string Status { get; init; } = "";
    public bool Anonymous { get; init; }

    /// <summary>Null for an anonymous report: there is nobody to push to.</summary>
    public string? UserId { get; init; }

    public long CreatedAt { get; init; }
    public long? AssignedOfficerId { get; init; }

    public DateTimeOffset SentAt => DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt);

    private const string SelectOne = """
        SELECT id, oa_id AS OaId, category, status, anonymous, user_id AS UserId, created_at AS CreatedAt,
               assigned_officer_id AS AssignedOfficerId
        FROM tipoffs
        WHERE oa_id = @oaId AND id = @id
        """;

    /// <summary>The report of the account; null when the account has no such report.</summary>
    public static TipOffHeader? Find(SqliteConnection connection, SqliteTransaction? transaction, string oaId, long id) =>
        connection.QuerySingleOrDefault<TipOffHeader>(SelectOne, new { oaId, id }, transaction);
}
