using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Officers;

/// <summary>Reads the audit table back for the people who answer for it: leaders of an account, admins.</summary>
/// <remarks>Read-only; rows are written by <see cref="AuditLog"/> alone.</remarks>
public sealed class AuditTrail(SqliteConnectionFactory connections)
{
    // A prefix compared with substr, not LIKE: an officer's '%' or '_' is a character, not a wildcard.
    private const string SelectPage = """
        SELECT id, at, officer_id AS OfficerId, actor, action, oa_id AS OaId, subject, detail
        FROM audit_log
        WHERE (oa_id = @oaId OR (@withoutAccount AND oa_id IS NULL))
          AND (@prefix IS NULL OR substr(action, 1, length(@prefix)) = @prefix)
          AND (@from IS NULL OR at >= @from)
          AND (@to IS NULL OR at < @to)
          AND (@before IS NULL OR id < @before)
        ORDER BY id DESC
        LIMIT @limit
        """;

    /// <summary>The account's entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Page(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = connections.Open();
        return [.. connection.Query<Row>(SelectPage, new
        {
            oaId = query.OaId,
            withoutAccount = query.WithoutAccount,
            prefix = string.IsNullOrEmpty(query.ActionPrefix) ? null : query.ActionPrefix,
            from = query.From?.ToUnixTimeMilliseconds(),
            to = query.To?.ToUnixTimeMilliseconds(),
            before = query.Before,
            limit = Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit),
        }).Select(ToEntry)];
    }

    private const string SelectSubject = """
        SELECT id, at, officer_id AS OfficerId, actor, action, oa_id AS OaId, subject, detail
        FROM audit_log
        WHERE oa_id = @oaId
          AND substr(action, 1, length(@prefix)) = @prefix
          AND (subject = @subject OR substr(subject, 1, length(@subject) + 1) = @subject || '/')
        ORDER BY id DESC
        LIMIT @limit
        """;

    /// <summary>
    /// Who did what to one record of the account, newest first: the entries of actions starting with
    /// <paramref name="actionPrefix"/> whose subject is <paramref name="subject"/> or one of its parts ("12/3").
    /// </summary>
    public IReadOnlyList<AuditEntry> OfSubject(string oaId, string actionPrefix, string subject, int limit = AuditQuery.MaxLimit)
    {
        using var connection = connections.Open();
        return [.. connection.Query<Row>(SelectSubject, new { oaId, prefix = actionPrefix, subject, limit }).Select(ToEntry)];
    }

    private static AuditEntry ToEntry(Row row) => new(
        row.Id, DateTimeOffset.FromUnixTimeMilliseconds(row.At), row.OfficerId, row.Actor, row.Action, row.OaId, row.Subject, row.Detail);

    private sealed class Row
    {
        public long Id { get; init; }
        public long At { get; init; }
        public long? OfficerId { get; init; }
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string? OaId { get; init; }
        public string? Subject { get; init; }
        public string? Detail { get; init; }
    }
}
