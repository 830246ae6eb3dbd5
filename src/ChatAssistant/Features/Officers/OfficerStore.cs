using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>The officers table and their accounts: created with a key shown once, found by that key, disabled, listed.</summary>
public sealed class OfficerStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    private const string InsertOfficer = """
        INSERT INTO officers (name, role, key_hash, key_prefix, created_at)
        VALUES (@name, @role, @keyHash, @keyPrefix, @now)
        RETURNING id
        """;

    private const string InsertAccount = """
        INSERT INTO officer_accounts (officer_id, oa_id)
        VALUES (@officerId, @oaId)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Creates the officer inside the caller's transaction; the returned key is never stored or shown again.</summary>
    public CreatedOfficer Create(SqliteConnection connection, SqliteTransaction transaction, string name, OfficerRole role, IReadOnlyList<string> oaIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(oaIds);
        var key = OfficerKeys.Generate();
        var id = connection.ExecuteScalar<long>(InsertOfficer, new
        {
            name,
            role = role.ToName(),
            keyHash = OfficerKeys.Hash(key),
            keyPrefix = OfficerKeys.PrefixOf(key),
            now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        }, transaction);
        var distinct = oaIds.Distinct(StringComparer.Ordinal).ToList();
        foreach (var oaId in distinct)
        {
            connection.Execute(InsertAccount, new { officerId = id, oaId }, transaction);
        }
        return new CreatedOfficer(new Officer(id, name, role, distinct), key);
    }

    private const string SelectByKeyHash = """
        SELECT o.id, o.name, o.role, COALESCE(group_concat(a.oa_id, char(31)), '') AS OaIds
        FROM officers o
        LEFT JOIN officer_accounts a ON a.officer_id = o.id
        WHERE o.key_hash = @keyHash AND o.disabled_at IS NULL
        GROUP BY o.id
        """;

    /// <summary>The enabled officer holding <paramref name="key"/>, or null.</summary>
    /// <remarks>Looked up by hash: the database compares hashes, so the time taken says nothing about the key.</remarks>
    public Officer? FindByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<OfficerRow>(SelectByKeyHash, new { keyHash = OfficerKeys.Hash(key) });
        return row is null ? null : new Officer(row.Id, row.Name, ParseRole(row.Role), SplitAccounts(row.OaIds));
    }

    private const string UpdateDisabled = """
        UPDATE officers
        SET disabled_at = COALESCE(disabled_at, @now)
        WHERE id = @id
        """;

    /// <summary>Disables the officer (their key stops working at once); false when there is no such officer.</summary>
    public bool Disable(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute(UpdateDisabled, new { id, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction) > 0;
    }

    private const string SelectAll = """
        SELECT o.id, o.name, o.role, COALESCE(group_concat(a.oa_id, char(31)), '') AS OaIds,
               o.key_prefix AS KeyPrefix, o.created_at AS CreatedAt, o.disabled_at AS DisabledAt
        FROM officers o
        LEFT JOIN officer_accounts a ON a.officer_id = o.id
        GROUP BY o.id
        ORDER BY o.id
        """;

    public IReadOnlyList<OfficerListing> List()
    {
        using var connection = connections.Open();
        return connection.Query<ListingRow>(SelectAll)
            .Select(r => new OfficerListing(
                r.Id,
                r.Name,
                ParseRole(r.Role),
                SplitAccounts(r.OaIds),
                r.KeyPrefix,
                DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt),
                r.DisabledAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null))
            .ToList();
    }

    private static OfficerRole ParseRole(string role) =>
        OfficerRoleNames.TryParse(role, out var parsed) ? parsed : throw new InvalidDataException($"Unknown officer role '{role}' in the database.");

    // group_concat joins with the unit separator, which no OA id contains, and is coalesced because a NULL would
    // reach Dapper typed as a blob; sorted so lists read the same every time.
    private static string[] SplitAccounts(string joined) =>
        joined.Length == 0 ? [] : [.. joined.Split('\u001f').Order(StringComparer.Ordinal)];

    private sealed record OfficerRow(long Id, string Name, string Role, string OaIds);

    private sealed record ListingRow(long Id, string Name, string Role, string OaIds, string KeyPrefix, long CreatedAt, long? DisabledAt);
}
