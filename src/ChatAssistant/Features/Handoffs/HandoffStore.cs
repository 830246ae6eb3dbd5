using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Handoffs;

/// <summary>The handoffs table: at most one open hand-off per resident, opened, answered, closed.</summary>
public sealed class HandoffStore(SqliteConnectionFactory connections, TimeProvider clock, IOptions<HandoffOptions> options)
{
    /// <summary>With the default time-out; for callers (and tests) that never ask about expiry.</summary>
    public HandoffStore(SqliteConnectionFactory connections, TimeProvider clock)
        : this(connections, clock, Options.Create(new HandoffOptions()))
    {
    }

    private const string Columns = """
        id, oa_id AS OaId, user_id AS UserId, status, opened_at AS OpenedAt, officer_id AS OfficerId,
        last_officer_message_at AS LastOfficerMessageAt
        """;

    private const string SelectOpenOfResident = $"""
        SELECT {Columns}
        FROM handoffs
        WHERE oa_id = @oaId AND user_id = @userId AND status <> 'closed'
        """;

    /// <summary>The resident's open hand-off, expired or not (see <see cref="IsExpired"/>), or null.</summary>
    public Handoff? FindOpen(string oaId, string userId)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<HandoffRow>(SelectOpenOfResident, new { oaId, userId })?.ToHandoff();
    }

    private const string SelectById = $"""
        SELECT {Columns}
        FROM handoffs
        WHERE id = @id
        """;

    /// <summary>The hand-off with this id, open or closed, or null.</summary>
    public Handoff? Find(long id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<HandoffRow>(SelectById, new { id })?.ToHandoff();
    }

    /// <summary>Reads inside the caller's transaction, so a check and the change it allows see the same row.</summary>
    public static Handoff? Find(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingleOrDefault<HandoffRow>(SelectById, new { id }, transaction)?.ToHandoff();
    }

    // The partial unique index ux_handoffs_open makes a second open a conflict, and DO NOTHING makes it a no-op.
    private const string InsertOpen = """
        INSERT INTO handoffs (oa_id, user_id, status, opened_at)
        VALUES (@oaId, @userId, 'waiting', @now)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Hands the resident to an officer; does nothing when a hand-off is already open.</summary>
    public void Open(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(InsertOpen, new { oaId, userId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
    }

    private const string UpdateOfficerReply = """
        UPDATE handoffs
        SET status = 'active', officer_id = COALESCE(@officerId, officer_id), last_officer_message_at = @now
        WHERE id = @id AND status <> 'closed'
        """;

    /// <summary>An officer answered: the hand-off is active and its time-out starts again.</summary>
    /// <param name="officerId">Null for the bootstrap admin, which keeps the last recorded officer.</param>
    public void RecordOfficerReply(SqliteConnection connection, SqliteTransaction transaction, long id, long? officerId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(UpdateOfficerReply, new { id, officerId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
    }

    private const string UpdateClosed = """
        UPDATE handoffs
        SET status = 'closed', closed_at = @now, close_reason = @reason
        WHERE id = @id AND status <> 'closed'
        """;

    /// <summary>Closes the hand-off; the bot answers the resident again. Closing a closed one changes nothing.</summary>
    /// <param name="reason">Why: <c>resident</c> ("menu", "huỷ") or <c>officer</c> (released); a time-out closes with <see cref="CloseTimedOut"/>.</param>
    public void Close(SqliteConnection connection, SqliteTransaction transaction, long id, string reason)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(UpdateClosed, new { id, reason, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
    }

    // The instant it timed out, not the moment it was noticed: a turn of the resident's, or the expiry sweep, may come
    // much later, and a turn's own time would be one more trace of that turn. Never later than now, should an officer
    // have replied since the caller looked.
    private const string UpdateTimedOut = """
        UPDATE handoffs
        SET status = 'closed', closed_at = MIN(@now, MAX(opened_at, COALESCE(last_officer_message_at, 0)) + @timeout),
            close_reason = 'timeout'
        WHERE id = @id AND status <> 'closed'
        """;

    /// <summary>Closes a hand-off that timed out, as of the instant it did (<see cref="ExpiresAt"/>).</summary>
    public void CloseTimedOut(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(UpdateTimedOut, new
        {
            id, now = clock.GetUtcNow().ToUnixTimeMilliseconds(), timeout = (long)options.Value.Timeout.TotalMilliseconds,
        }, transaction);
    }

    /// <summary>When the hand-off times out unless an officer replies first.</summary>
    public DateTimeOffset ExpiresAt(Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var lastWord = handoff.LastOfficerMessageAt is { } replied && replied > handoff.OpenedAt ? replied : handoff.OpenedAt;
        return lastWord + options.Value.Timeout;
    }

    /// <summary>True once the time-out has passed since the opening or the last officer reply, whichever is later.</summary>
    public bool IsExpired(Handoff handoff) => clock.GetUtcNow() > ExpiresAt(handoff);

    private const string SelectOpenOfAccounts = $"""
        SELECT {Columns}
        FROM handoffs
        WHERE oa_id IN @oaIds AND status <> 'closed'
        ORDER BY opened_at, id
        """;

    /// <summary>Open hand-offs of the given accounts, longest waiting first.</summary>
    public IReadOnlyList<Handoff> ListOpen(IReadOnlyCollection<string> oaIds)
    {
        ArgumentNullException.ThrowIfNull(oaIds);
        if (oaIds.Count == 0)
        {
            return [];
        }
        using var connection = connections.Open();
        return connection.Query<HandoffRow>(SelectOpenOfAccounts, new { oaIds }).Select(r => r.ToHandoff()).ToList();
    }

    private const string SelectExpired = $"""
        SELECT {Columns}
        FROM handoffs
        WHERE status <> 'closed' AND MAX(opened_at, COALESCE(last_officer_message_at, 0)) < @cutoff
        ORDER BY id
        LIMIT @limit
        """;

    /// <summary>Open hand-offs whose time-out has passed, of every account.</summary>
    public IReadOnlyList<Handoff> ListExpired(int limit)
    {
        using var connection = connections.Open();
        var cutoff = (clock.GetUtcNow() - options.Value.Timeout).ToUnixTimeMilliseconds();
        return connection.Query<HandoffRow>(SelectExpired, new { cutoff, limit }).Select(r => r.ToHandoff()).ToList();
    }

    private sealed record HandoffRow(long Id, string OaId, string UserId, string Status, long OpenedAt, long? OfficerId, long? LastOfficerMessageAt)
    {
        public Handoff ToHandoff() => new(
            Id,
            OaId,
            UserId,
            Status,
            DateTimeOffset.FromUnixTimeMilliseconds(OpenedAt),
            OfficerId,
            LastOfficerMessageAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null);
    }
}
