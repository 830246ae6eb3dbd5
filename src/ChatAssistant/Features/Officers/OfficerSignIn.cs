using System.Globalization;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Checks a username and password, counts wrong passwords, locks the account after too many, and audits both.</summary>
public sealed partial class OfficerSignIn(
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    OfficerSessions sessions,
    AuditLog audit,
    TimeProvider clock,
    IOptions<SignInOptions> options,
    ILogger<OfficerSignIn> logger)
{
    private const string SelectLogin = """
        SELECT id, name, password_hash AS PasswordHash, locked_until AS LockedUntil, disabled_at AS DisabledAt
        FROM officers
        WHERE username = @username AND password_hash IS NOT NULL
        """;

    public async Task<SignInOutcome> CheckAsync(string? username, string? password)
    {
        var normalized = OfficerUsernames.Normalize(username);
        password ??= "";
        LoginRow? login;
        using (var connection = connections.Open())
        {
            login = connection.QuerySingleOrDefault<LoginRow>(SelectLogin, new { username = normalized });
        }
        var now = clock.GetUtcNow();
        if (login is null)
        {
            OfficerPasswords.VerifyDecoy(password);
            LogRefusedUnknown(logger);
            return new SignInOutcome.Refused();
        }
        if (login.LockedUntil is { } lockedUntil && lockedUntil > now.ToUnixTimeMilliseconds())
        {
            return new SignInOutcome.Locked(DateTimeOffset.FromUnixTimeMilliseconds(lockedUntil));
        }
        var matches = OfficerPasswords.Verify(login.PasswordHash, password, out var rehash);
        if (!matches || login.DisabledAt is not null)
        {
            return await RecordFailureAsync(login, now);
        }
        await writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute(
                "UPDATE officers SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @now, password_hash = COALESCE(@rehashed, password_hash) WHERE id = @id",
                new { id = login.Id, now = now.ToUnixTimeMilliseconds(), rehashed = rehash ? OfficerPasswords.Hash(password) : null },
                transaction);
            audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in", oaId: null, subject: Subject(login.Id), detail: null);
        });
        var session = sessions.Find(login.Id);
        return session is null ? new SignInOutcome.Refused() : new SignInOutcome.SignedIn(session);
    }

    private const string CountFailure = """
        UPDATE officers
        SET failed_sign_ins = failed_sign_ins + 1
        WHERE id = @id
        RETURNING failed_sign_ins
        """;

    private async Task<SignInOutcome> RecordFailureAsync(LoginRow login, DateTimeOffset now)
    {
        var settings = options.Value;
        var lockedUntil = await writer.WriteAsync<DateTimeOffset?>((connection, transaction) =>
        {
            var failures = connection.ExecuteScalar<int>(CountFailure, new { id = login.Id }, transaction);
            if (failures < settings.MaxFailedSignIns)
            {
                audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in-refused", oaId: null, Subject(login.Id),
                    detail: string.Create(CultureInfo.InvariantCulture, $"failures={failures}"));
                return null;
            }
            var until = now + settings.LockoutDuration;
            Lock(connection, transaction, login.Id, until);
            audit.Write(connection, transaction, login.Id, login.Name, "console.locked", oaId: null, Subject(login.Id),
                detail: string.Create(CultureInfo.InvariantCulture, $"failures={failures}; minutes={settings.LockoutDuration.TotalMinutes:0}"));
            return until;
        });
        if (lockedUntil is { } locked)
        {
            LogLocked(logger, login.Id, settings.MaxFailedSignIns);
            return new SignInOutcome.Locked(locked);
        }
        return new SignInOutcome.Refused();
    }

    private static void Lock(SqliteConnection connection, SqliteTransaction transaction, long id, DateTimeOffset until) =>
        connection.Execute(
            "UPDATE officers SET failed_sign_ins = 0, locked_until = @until WHERE id = @id",
            new { id, until = until.ToUnixTimeMilliseconds() },
            transaction);

    private static string Subject(long id) => id.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console sign-in refused: no officer has that username")]
    private static partial void LogRefusedUnknown(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {OfficerId} locked out of the console after {Failures} wrong passwords")]
    private static partial void LogLocked(ILogger logger, long officerId, int failures);

    private sealed record LoginRow(long Id, string Name, string PasswordHash, long? LockedUntil, long? DisabledAt);
}
