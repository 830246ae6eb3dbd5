using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Followers;

/// <summary>Officers put a label on residents (a group, a village, "chủ nhà trọ") or take it off, with an audit row.</summary>
/// <remarks>
/// Only residents the account knows (who followed or wrote) are labelled: an id from elsewhere is counted, never
/// created. The audit row holds counts only, since a label an officer types may name someone.
/// </remarks>
public sealed class FollowerTagDesk(SqliteWriter writer, AuditLog audit, ResidentialGroups groups, FollowerPreferences places, TimeProvider clock)
{
    public const string TagAction = "followers.tag";
    public const string UntagAction = "followers.untag";

    /// <summary>Most residents one request labels.</summary>
    public const int MaxResidents = 1000;

    private const string SelectKnown = """
        SELECT user_id FROM residents WHERE oa_id = @oaId AND user_id IN @userIds
        """;

    private const string InsertOfficerTag = """
        INSERT INTO resident_tags (oa_id, user_id, tag, label, source, created_at)
        VALUES (@oaId, @userId, @tag, @label, 'officer', @now)
        ON CONFLICT (oa_id, user_id, tag) DO NOTHING
        """;

    private const string DeleteTag = """
        DELETE FROM resident_tags WHERE oa_id = @oaId AND user_id = @userId AND tag = @tag
        """;

    /// <summary>Adds (or, with <paramref name="remove"/>, removes) <paramref name="label"/> on the residents given.</summary>
    /// <returns>Null when the label folds to nothing.</returns>
    public async Task<TagChange?> ChangeAsync(Officer officer, string oaId, string label, IReadOnlyCollection<string> userIds, bool remove)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(userIds);
        var tag = groups.TagFor(oaId, label);
        if (tag.Length == 0)
        {
            return null;
        }
        var ids = userIds.Distinct(StringComparer.Ordinal).ToArray();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var shown = label.Trim();
        return await writer.WriteAsync((connection, transaction) =>
        {
            var known = connection.Query<string>(SelectKnown, new { oaId, userIds = ids }, transaction).ToList();
            // A group or village replaces the resident's previous one, as when they choose it themselves.
            var kind = groups.KindOf(oaId, tag);
            var changed = known.Sum(userId =>
            {
                if (remove)
                {
                    return connection.Execute(DeleteTag, new { oaId, userId, tag }, transaction);
                }
                if (kind != PlaceKind.None)
                {
                    places.ReplacePlacesOfKind(connection, transaction, oaId, userId, tag, kind);
                }
                return connection.Execute(InsertOfficerTag, new { oaId, userId, tag, label = shown, now }, transaction);
            });
            var change = new TagChange(tag, shown, changed, ids.Length - known.Count);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, remove ? UntagAction : TagAction, oaId, subject: null,
                detail: string.Create(CultureInfo.InvariantCulture, $"residents={ids.Length} changed={change.Changed} unknown={change.Unknown}"));
            return change;
        }).ConfigureAwait(false);
    }
}
