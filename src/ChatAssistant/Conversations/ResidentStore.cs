using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Residents of an account: whether they follow it and when they last wrote (which decides the 7-day window).</summary>
public sealed class ResidentStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Zalo delivers free (consultation) messages only this long after the resident last wrote.</summary>
    public static readonly TimeSpan FreeMessageWindow = TimeSpan.FromDays(7);

    // No count of turns: it would count a private flow's turns too, which leave the resident's record alone.
    private const string UpsertInteraction = """
        INSERT INTO residents (oa_id, user_id, following, last_interaction_at, updated_at)
        VALUES (@oaId, @userId, COALESCE(@following, 1), @now, @now)
        ON CONFLICT (oa_id, user_id) DO UPDATE SET
            following = COALESCE(@following, following),
            last_interaction_at = CASE WHEN @interacted THEN @now ELSE last_interaction_at END,
            updated_at = @now
        """;

    /// <summary>
    /// Part of the turn's transaction: a message or a follow counts as an interaction; an unfollow only clears the flag.
    /// A turn of a private flow does not come here (<see cref="ConversationStateMiddleware"/>).
    /// </summary>
    public void Record(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, bool interacted, bool? following)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        connection.ExecutePrepared(transaction, UpsertInteraction,
            ("oaId", oaId), ("userId", userId), ("following", following), ("interacted", interacted), ("now", now));
    }

    private const string SelectResident = """
        SELECT following, last_interaction_at FROM residents WHERE oa_id = @oaId AND user_id = @userId
        """;

    public (bool Following, DateTimeOffset? LastInteractionAt)? Find(string oaId, string userId)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<(long Following, long? LastInteractionAt)?>(SelectResident, new { oaId, userId });
        return row is { } found
            ? (found.Following != 0, found.LastInteractionAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null)
            : null;
    }

    private const string SelectReachable = """
        SELECT user_id FROM residents
        WHERE oa_id = @oaId AND user_id IN @userIds AND last_interaction_at >= @since
        """;

    /// <summary>Of <paramref name="userIds"/>, those a free message would reach now; one query, inside the caller's transaction.</summary>
    public static IReadOnlySet<string> Reachable(
        SqliteConnection connection, SqliteTransaction transaction, string oaId, IEnumerable<string> userIds, DateTimeOffset now) =>
        connection.Query<string>(SelectReachable,
            new { oaId, userIds = userIds.Distinct().ToArray(), since = (now - FreeMessageWindow).ToUnixTimeMilliseconds() }, transaction)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a free message to the resident would be accepted at <paramref name="now"/>: they wrote within the window.</summary>
    public bool CanMessage(string oaId, string userId, DateTimeOffset now) =>
        Find(oaId, userId)?.LastInteractionAt is { } last && now - last <= FreeMessageWindow;
}
