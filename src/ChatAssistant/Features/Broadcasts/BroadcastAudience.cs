using ChatAssistant.Conversations;
using ChatAssistant.Features.Followers;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Who a notice reaches: followers of the account who did not turn notices off, matching the target.</summary>
public sealed class BroadcastAudience(SqliteConnectionFactory connections, ResidentialGroups groups)
{
    // Followers only; a resident who said "tắt thông báo" gets no notice.
    private const string Followers = "FROM residents AS r WHERE r.oa_id = @oaId AND r.following = 1 AND r.notices_off = 0";

    private const string AnyTag = """
         AND EXISTS (SELECT 1 FROM resident_tags AS t WHERE t.oa_id = r.oa_id AND t.user_id = r.user_id AND t.tag IN @tags)
        """;

    private const string WroteSince = " AND r.last_interaction_at >= @since";

    private const string InWindow = "r.last_interaction_at >= @windowStart";

    private (string Filter, DynamicParameters Parameters) Match(string oaId, BroadcastTarget target, DateTimeOffset now)
    {
        var filter = target.Tags is not null ? AnyTag : target.InteractedWithinDays is not null ? WroteSince : "";
        var parameters = new DynamicParameters(new
        {
            oaId,
            tags = target.FoldedTags.Select(tag => groups.TagFor(oaId, tag)).Distinct(StringComparer.Ordinal).ToArray(),
            since = target.InteractedWithinDays is { } days ? (now - TimeSpan.FromDays(days)).ToUnixTimeMilliseconds() : 0,
            windowStart = (now - ResidentStore.FreeMessageWindow).ToUnixTimeMilliseconds(),
            now = now.ToUnixTimeMilliseconds(),
        });
        return (filter, parameters);
    }

    /// <summary>What sending now would fix as recipients, for the preview.</summary>
    public AudienceCount Count(string oaId, BroadcastTarget target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (filter, parameters) = Match(oaId, target, now);
        using var connection = connections.Open();
        var row = connection.QuerySingle<(long Matched, long? OutOfWindow)>(
            $"SELECT COUNT(*), SUM(CASE WHEN {InWindow} THEN 0 ELSE 1 END) {Followers}{filter}", parameters);
        return new AudienceCount(row.Matched, row.OutOfWindow ?? 0);
    }

    /// <summary>
    /// Fixes the recipients of a notice as sending starts, in the caller's transaction: one row per matched follower,
    /// 'pending', or 'skipped' as 'out-of-window' when a free message cannot reach them.
    /// </summary>
    public AudienceCount Fix(SqliteConnection connection, SqliteTransaction transaction, Broadcast broadcast, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var (filter, parameters) = Match(broadcast.OaId, broadcast.ParsedTarget, now);
        parameters.Add("id", broadcast.Id);
        var insert = $"""
            INSERT INTO broadcast_recipients (broadcast_id, user_id, status, reason, done_at)
            SELECT @id, r.user_id,
                   CASE WHEN {InWindow} THEN 'pending' ELSE 'skipped' END,
                   CASE WHEN {InWindow} THEN NULL ELSE 'out-of-window' END,
                   CASE WHEN {InWindow} THEN NULL ELSE @now END
            {Followers}{filter}
            """;
        var matched = connection.Execute(insert, parameters, transaction);
        var outOfWindow = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM broadcast_recipients WHERE broadcast_id = @id AND status = 'skipped'", new { id = broadcast.Id }, transaction);
        return new AudienceCount(matched, outOfWindow);
    }
}
