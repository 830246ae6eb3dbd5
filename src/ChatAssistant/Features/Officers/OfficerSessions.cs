using System.Security.Cryptography;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>Finds the officer behind a console session; a changed stamp, a disabled officer or a removed one ends it.</summary>
public sealed class OfficerSessions(SqliteConnectionFactory connections)
{
    public static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private const string SelectSession = """
        SELECT o.id, o.name, o.role, o.session_stamp AS Stamp, o.must_change_password AS MustChangePassword,
               COALESCE(group_concat(a.oa_id, char(31)), '') AS OaIds
        FROM officers o
        LEFT JOIN officer_accounts a ON a.officer_id = o.id
        WHERE o.id = @id AND o.disabled_at IS NULL AND o.password_hash IS NOT NULL
        GROUP BY o.id
        """;

    /// <summary>The enabled console officer with this id, or null.</summary>
    /// <remarks>Read on every request: a role, an account or a disable takes effect at the officer's next click.</remarks>
    public OfficerSession? Find(long id)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<SessionRow>(SelectSession, new { id });
        return row is null
            ? null
            : new OfficerSession(
                new Officer(row.Id, row.Name, OfficerStore.ParseRole(row.Role), OfficerStore.SplitAccounts(row.OaIds)),
                row.Stamp,
                row.MustChangePassword != 0);
    }

    /// <summary>Ends every session of the officer by changing their stamp.</summary>
    public static void End(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute("UPDATE officers SET session_stamp = @stamp WHERE id = @id", new { id, stamp = NewStamp() }, transaction);
    }

    private sealed record SessionRow(long Id, string Name, string Role, string Stamp, long MustChangePassword, string OaIds);
}
