using ChatAssistant.Conversations;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Followers;

/// <summary>
/// The follower registry of each account, read side: who follows, when they last wrote, their tags and whether they
/// turned notices off. The conversation keeps it current (follow, unfollow and every message, see
/// <see cref="ResidentStore"/>); residents set their group and notices in chat, officers add labels.
/// </summary>
public sealed class FollowerRegistry(SqliteConnectionFactory connections, ResidentialGroups groups, TimeProvider clock)
{
    /// <summary>Most followers one page lists.</summary>
    public const int MaxPageSize = 500;

    private const string SelectFollower = """
        SELECT user_id AS UserId, following AS Following, last_interaction_at AS LastInteractionAt, notices_off AS NoticesOff
        FROM residents
        WHERE oa_id = @oaId AND user_id = @userId
        """;

    /// <summary>The resident, or null when they never followed nor wrote.</summary>
    public Follower? Find(string oaId, string userId)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<FollowerRow>(SelectFollower, new { oaId, userId });
        return row is null ? null : row.ToFollower(TagsOf(connection, oaId, [userId]).GetValueOrDefault(userId) ?? []);
    }

    /// <summary>The places the resident set or was given (group, village), by the account's names where it lists them.</summary>
    public IReadOnlyList<Place> PlacesOf(string oaId, string userId) =>
        Find(oaId, userId) is { } follower ? Places(oaId, follower.Tags) : [];

    internal IReadOnlyList<Place> Places(string oaId, IEnumerable<FollowerTag> tags) =>
        [.. tags.Select(t => groups.ByTag(oaId, t.Tag)?.AsPlace() ?? new Place(t.Tag, t.Label, groups.KindOf(oaId, t.Tag)))
            .Where(p => p.Kind != PlaceKind.None)
            .OrderBy(p => p.Kind)];

    private const string SelectTagCounts = """
        SELECT t.tag AS Tag, MIN(t.label) AS Label, COUNT(*) AS Residents, COALESCE(SUM(r.following), 0) AS Following
        FROM resident_tags t
        LEFT JOIN residents r ON r.oa_id = t.oa_id AND r.user_id = t.user_id
        WHERE t.oa_id = @oaId
        GROUP BY t.tag
        ORDER BY t.tag
        """;

    /// <summary>Every tag in use on the account, with its label and counts.</summary>
    public IReadOnlyList<TagCount> Tags(string oaId)
    {
        using var connection = connections.Open();
        return [.. connection.Query<TagCountRow>(SelectTagCounts, new { oaId })
            .Select(r => new TagCount(r.Tag, groups.ByTag(oaId, r.Tag)?.Name ?? r.Label, (int)r.Residents, (int)r.Following))];
    }

    private const string SelectCounts = """
        SELECT COUNT(*) AS Residents,
               COALESCE(SUM(following), 0) AS Following,
               COALESCE(SUM(following = 1 AND last_interaction_at >= @since), 0) AS WithinWindow,
               COALESCE(SUM(following = 1 AND notices_off = 1), 0) AS NoticesOff,
               COALESCE(SUM(following = 1 AND notices_off = 0 AND last_interaction_at >= @since), 0) AS Reachable
        FROM residents r
        WHERE r.oa_id = @oaId
          AND (@tag IS NULL OR EXISTS (SELECT 1 FROM resident_tags t WHERE t.oa_id = r.oa_id AND t.user_id = r.user_id AND t.tag = @tag))
        """;

    /// <summary>Counts of the account's residents, or of those with <paramref name="tag"/> (folded, see <see cref="TagName.Fold"/>).</summary>
    public FollowerCounts Count(string oaId, string? tag)
    {
        using var connection = connections.Open();
        var since = (clock.GetUtcNow() - ResidentStore.FreeMessageWindow).ToUnixTimeMilliseconds();
        var row = connection.QuerySingle<CountRow>(SelectCounts, new { oaId, tag, since });
        return new FollowerCounts((int)row.Residents, (int)row.Following, (int)row.WithinWindow, (int)row.NoticesOff, (int)row.Reachable);
    }

    private const string SelectPage = """
        SELECT user_id AS UserId, following AS Following, last_interaction_at AS LastInteractionAt, notices_off AS NoticesOff
        FROM residents r
        WHERE r.oa_id = @oaId
          AND (@after IS NULL OR r.user_id > @after)
          AND (@tag IS NULL OR EXISTS (SELECT 1 FROM resident_tags t WHERE t.oa_id = r.oa_id AND t.user_id = r.user_id AND t.tag = @tag))
        ORDER BY r.user_id
        LIMIT @limit
        """;

    /// <summary>Residents in user id order, after <paramref name="after"/> (the last id of the previous page).</summary>
    public IReadOnlyList<Follower> Page(string oaId, string? tag, string? after, int limit)
    {
        using var connection = connections.Open();
        var rows = connection.Query<FollowerRow>(SelectPage, new { oaId, tag, after, limit = Math.Clamp(limit, 1, MaxPageSize) }).ToList();
        var tags = TagsOf(connection, oaId, [.. rows.Select(r => r.UserId)]);
        return [.. rows.Select(r => r.ToFollower(tags.GetValueOrDefault(r.UserId) ?? []))];
    }

    private const string SelectTags = """
        SELECT user_id AS UserId, tag AS Tag, label AS Label, source AS Source
        FROM resident_tags
        WHERE oa_id = @oaId AND user_id IN @userIds
        ORDER BY user_id, tag
        """;

    private static Dictionary<string, List<FollowerTag>> TagsOf(Microsoft.Data.Sqlite.SqliteConnection connection, string oaId, string[] userIds) =>
        userIds.Length == 0
            ? []
            : connection.Query<TagRow>(SelectTags, new { oaId, userIds })
                .GroupBy(r => r.UserId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => new FollowerTag(r.Tag, r.Label, r.Source)).ToList(), StringComparer.Ordinal);

    private sealed record FollowerRow(string UserId, long Following, long? LastInteractionAt, long NoticesOff)
    {
        public Follower ToFollower(IReadOnlyList<FollowerTag> tags) => new(
            UserId, Following != 0, LastInteractionAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, NoticesOff != 0, tags);
    }

    private sealed record TagRow(string UserId, string Tag, string Label, string Source);

    // Classes, not positional records: aggregates have no declared type, so Dapper cannot match a constructor before the first row.
    private sealed class TagCountRow
    {
        public string Tag { get; init; } = "";
        public string Label { get; init; } = "";
        public long Residents { get; init; }
        public long Following { get; init; }
    }

    private sealed class CountRow
    {
        public long Residents { get; init; }
        public long Following { get; init; }
        public long WithinWindow { get; init; }
        public long NoticesOff { get; init; }
        public long Reachable { get; init; }
    }
}
