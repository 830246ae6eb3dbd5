using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>The officers table and their accounts: created (with a key shown once, or a password), found by key, edited, disabled, listed.</summary>
public sealed class OfficerStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    private const string InsertOfficer = """
        INSERT INTO officers (name, role, key_hash, key_prefix, username, password_hash, must_change_password, session_stamp, created_at)
        VALUES (@name, @role, @keyHash, @keyPrefix, @username, @passwordHash, @mustChange, @stamp, @now)
        RETURNING id
        """;

    private const string InsertAccount = """
        INSERT INTO officer_accounts (officer_id, oa_id)
        VALUES (@officerId, @oaId)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Creates an API officer inside the caller's transaction; the returned key is never stored or shown again.</summary>
    public CreatedOfficer Create(SqliteConnection connection, SqliteTransaction transaction, string name, OfficerRole role, IReadOnlyList<string> oaIds)
    {
        var key = OfficerKeys.Generate();
        var officer = Insert(connection, transaction, name, role, oaIds, new
        {
            keyHash = OfficerKeys.Hash(key),
            keyPrefix = OfficerKeys.PrefixOf(key),
            username = (string?)null,
            passwordHash = (string?)null,
            mustChange = false,
        });
        return new CreatedOfficer(officer, key);
    }

    /// <summary>Creates a console officer, who signs in with <paramref name="username"/>; no API key.</summary>
    /// <param name="passwordHash">From <see cref="OfficerPasswords.Hash"/>.</param>
    /// <param name="mustChangePassword">True when someone else chose the password: the officer picks their own first.</param>
    public Officer CreateWithPassword(
        SqliteConnection connection, SqliteTransaction transaction,
        string name, string username, string passwordHash, bool mustChangePassword, OfficerRole role, IReadOnlyList<string> oaIds) =>
        Insert(connection, transaction, name, role, oaIds, new
        {
            keyHash = (string?)null,
            keyPrefix = (string?)null,
            username,
            passwordHash,
            mustChange = mustChangePassword,
        });

    private Officer Insert(
        SqliteConnection connection, SqliteTransaction transaction, string name, OfficerRole role, IReadOnlyList<string> oaIds, object credentials)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(oaIds);
        var parameters = new DynamicParameters(credentials);
        parameters.AddDynamicParams(new
        {
            name,
            role = role.ToName(),
            stamp = OfficerSessions.NewStamp(),
            now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        var id = connection.ExecuteScalar<long>(InsertOfficer, parameters, transaction);
        var distinct = oaIds.Distinct(StringComparer.Ordinal).ToList();
        ReplaceAccounts(connection, transaction, id, distinct);
        return new Officer(id, name, role, distinct);
    }

    private static void ReplaceAccounts(SqliteConnection connection, SqliteTransaction transaction, long officerId, IReadOnlyList<string> oaIds)
    {
        connection.Execute("DELETE FROM officer_accounts WHERE officer_id = @officerId", new { officerId }, transaction);
        foreach (var oaId in oaIds)
        {
            connection.Execute(InsertAccount, new { officerId, oaId }, transaction);
        }
    }

    private const string UpdateOfficer = """
        UPDATE officers
        SET name = @name, role = @role, session_stamp = @stamp
        WHERE id = @id
        """;

    /// <summary>Changes name, role and accounts; the officer's open sessions end. False when there is no such officer.</summary>
    public static bool Update(SqliteConnection connection, SqliteTransaction transaction, long id, string name, OfficerRole role, IReadOnlyList<string> oaIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(oaIds);
        if (connection.Execute(UpdateOfficer, new { id, name, role = role.ToName(), stamp = OfficerSessions.NewStamp() }, transaction) == 0)
        {
            return false;
        }
        ReplaceAccounts(connection, transaction, id, [.. oaIds.Distinct(StringComparer.Ordinal)]);
        return true;
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
        SET disabled_at = COALESCE(disabled_at, @now), session_stamp = @stamp
        WHERE id = @id
        """;

    /// <summary>Disables the officer (their key and their sessions stop working at once); false when there is no such officer.</summary>
    public bool Disable(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute(UpdateDisabled, new { id, now = clock.GetUtcNow().ToUnixTimeMilliseconds(), stamp = OfficerSessions.NewStamp() }, transaction) > 0;
    }

    /// <summary>Enables a disabled officer again; false when there is no such officer.</summary>
    public static bool Enable(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute("UPDATE officers SET disabled_at = NULL WHERE id = @id", new { id }, transaction) > 0;
    }

    private const string CountOtherAdmins = """
        SELECT (SELECT role = 'admin' AND disabled_at IS NULL AND password_hash IS NOT NULL FROM officers WHERE id = @id) AS IsAdmin,
               (SELECT COUNT(*) FROM officers
                WHERE role = 'admin' AND disabled_at IS NULL AND password_hash IS NOT NULL AND id <> @id) AS Others
        """;

    /// <summary>Whether <paramref name="id"/> is the only enabled admin who can sign in to the console: demoting or disabling them would shut the console.</summary>
    public static bool IsLastAdmin(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = connection.QuerySingle<(long? IsAdmin, long Others)>(CountOtherAdmins, new { id }, transaction);
        return row.IsAdmin == 1 && row.Others == 0;
    }

    private const string SelectAll = """
        SELECT o.id, o.name, o.role, COALESCE(group_concat(a.oa_id, char(31)), '') AS OaIds,
               o.key_prefix AS KeyPrefix, o.username AS Username, o.created_at AS CreatedAt, o.disabled_at AS DisabledAt,
               o.locked_until AS LockedUntil, o.last_sign_in_at AS LastSignInAt
        FROM officers o
        LEFT JOIN officer_accounts a ON a.officer_id = o.id
        WHERE @id IS NULL OR o.id = @id
        GROUP BY o.id
        ORDER BY o.id
        """;

    public IReadOnlyList<OfficerListing> List() => Select(id: null);

    /// <summary>One officer as admins see them, or null.</summary>
    public OfficerListing? Find(long id) => Select(id).SingleOrDefault();

    private List<OfficerListing> Select(long? id)
    {
        using var connection = connections.Open();
        return connection.Query<ListingRow>(SelectAll, new { id })
            .Select(r => new OfficerListing(
                r.Id,
                r.Name,
                ParseRole(r.Role),
                SplitAccounts(r.OaIds),
                r.KeyPrefix,
                r.Username,
                DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt),
                FromMilliseconds(r.DisabledAt),
                FromMilliseconds(r.LockedUntil),
                FromMilliseconds(r.LastSignInAt)))
            .ToList();
    }

    private static DateTimeOffset? FromMilliseconds(long? at) => at is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    internal static OfficerRole ParseRole(string role) =>
        OfficerRoleNames.TryParse(role, out var parsed) ? parsed : throw new InvalidDataException($"Unknown officer role '{role}' in the database.");

    // group_concat joins with the unit separator, which no OA id contains, and is coalesced because a NULL would
    // reach Dapper typed as a blob; sorted so lists read the same every time.
    internal static string[] SplitAccounts(string joined) =>
        joined.Length == 0 ? [] : [.. joined.Split('\u001f').Order(StringComparer.Ordinal)];

    private sealed record OfficerRow(long Id, string Name, string Role, string OaIds);

    private sealed record ListingRow(
        long Id, string Name, string Role, string OaIds, string? KeyPrefix, string? Username,
        long CreatedAt, long? DisabledAt, long? LockedUntil, long? LastSignInAt);
}
