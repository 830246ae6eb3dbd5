using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Followers;

/// <summary>What a resident sets in chat: their group or village, and notices off or on. Writes join the turn's transaction.</summary>
public sealed class FollowerPreferences(ResidentialGroups groups, TimeProvider clock)
{
    private const string SelectResidentTags = """
        SELECT tag FROM resident_tags WHERE oa_id = @oaId AND user_id = @userId
        """;

    private const string DeleteTag = """
        DELETE FROM resident_tags WHERE oa_id = @oaId AND user_id = @userId AND tag = @tag
        """;

    private const string UpsertResidentTag = """
        INSERT INTO resident_tags (oa_id, user_id, tag, label, source, created_at)
        VALUES (@oaId, @userId, @tag, @label, 'resident', @now)
        ON CONFLICT (oa_id, user_id, tag) DO UPDATE SET label = excluded.label, source = 'resident'
        """;

    /// <summary>Removes the resident's places of <paramref name="kind"/> other than <paramref name="keep"/>: one lives in one group.</summary>
    public void ReplacePlacesOfKind(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, string keep, PlaceKind kind)
    {
        var replaced = connection.Query<string>(SelectResidentTags, new { oaId, userId }, transaction)
            .Where(tag => tag != keep && groups.KindOf(oaId, tag) == kind)
            .ToList();
        foreach (var tag in replaced)
        {
            connection.Execute(DeleteTag, new { oaId, userId, tag }, transaction);
        }
    }

    /// <summary>
    /// Tags the resident with <paramref name="place"/>; a place of the same kind they had (from chat or from an officer)
    /// goes, since one lives in one group: a notice for "tổ 5" must not reach who moved to "tổ 6".
    /// </summary>
    public void SetPlace(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        ReplacePlacesOfKind(connection, transaction, oaId, userId, place.Tag, place.Kind);
        connection.Execute(UpsertResidentTag,
            new { oaId, userId, tag = place.Tag, label = place.Label, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
    }

    // A resident who writes "tắt thông báo" first thing has no row yet: the turn's own record of the message may come after.
    private const string UpsertNotices = """
        INSERT INTO residents (oa_id, user_id, following, last_interaction_at, notices_off, updated_at)
        VALUES (@oaId, @userId, 1, @now, @off, @now)
        ON CONFLICT (oa_id, user_id) DO UPDATE SET notices_off = @off, updated_at = @now
        """;

    public void SetNoticesOff(SqliteConnection connection, SqliteTransaction transaction, string oaId, string userId, bool off) =>
        connection.Execute(UpsertNotices, new { oaId, userId, off = off ? 1 : 0, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
}
