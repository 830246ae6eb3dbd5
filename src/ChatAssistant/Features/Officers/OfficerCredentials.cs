using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>Console credentials: usernames taken, passwords set or reset, locks lifted.</summary>
public sealed class OfficerCredentials(SqliteConnectionFactory connections)
{
    /// <summary>The officer holding <paramref name="username"/> (any case), or null.</summary>
    public long? FindByUsername(string username)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<long?>(
            "SELECT id FROM officers WHERE username = @username", new { username = OfficerUsernames.Normalize(username) });
    }

    /// <summary>Whether anyone can sign in to the console yet: a new deployment says how to create the first admin.</summary>
    public bool AnyoneCanSignIn()
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM officers WHERE password_hash IS NOT NULL AND disabled_at IS NULL)") == 1;
    }

    private const string UpdatePassword = """
        UPDATE officers
        SET username = COALESCE(username, @username), password_hash = @hash, must_change_password = @mustChange,
            locked_until = NULL, session_stamp = @stamp
        WHERE id = @id
        """;

    /// <summary>
    /// Sets the password and ends every session of the officer (a reset after a leak must shut the intruder out);
    /// gives them <paramref name="username"/> when they had none. False when there is no such officer.
    /// </summary>
    /// <param name="passwordHash">From <see cref="OfficerPasswords.Hash"/>, computed before the write: hashing is slow on purpose and must not hold the writer.</param>
    /// <param name="mustChange">True when an admin chose it: the officer picks their own at the next sign-in.</param>
    public static bool SetPassword(
        SqliteConnection connection, SqliteTransaction transaction, long id, string? username, string passwordHash, bool mustChange)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute(UpdatePassword, new
        {
            id,
            username = username is null ? null : OfficerUsernames.Normalize(username),
            hash = passwordHash,
            mustChange,
            stamp = OfficerSessions.NewStamp(),
        }, transaction) > 0;
    }

    /// <summary>
    /// Clears the hold shown on the officer; false when there is no such officer. The holds themselves live with
    /// the sign-ins (<see cref="OfficerAdministration.UnlockAsync"/> lifts both).
    /// </summary>
    public static bool Unlock(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Execute("UPDATE officers SET locked_until = NULL WHERE id = @id", new { id }, transaction) > 0;
    }
}
