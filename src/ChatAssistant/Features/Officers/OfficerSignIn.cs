using System.Globalization;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>Checks a username and password, counts wrong passwords, locks the account after too many, and audits both.</summary>
/// <remarks>
/// An attempt is counted before its password is checked, in the same transaction that reads the lock: guesses sent
/// in parallel cannot all slip past the lock before any of them is counted. Unknown usernames are counted in memory
/// the same way, so "locked" says nothing about whether a username exists.
/// </remarks>
public sealed partial class OfficerSignIn(
    SqliteWriter writer,
    OfficerSessions sessions,
    AuditLog audit,
    TimeProvider clock,
    IOptions<SignInOptions> options,
    ILogger<OfficerSignIn> logger)
{
    private readonly UnknownUsernames _unknown = new(clock, options);

    /// <summary>Checks the password; on success the sign-in is audited and recorded.</summary>
    public Task<SignInOutcome> CheckAsync(string? username, string? password) => CheckAsync(username, password, isSignIn: true);

    /// <summary>Checks an officer's current password before a change: counted and locked like a sign-in, not recorded as one.</summary>
    public Task<SignInOutcome> CheckCurrentPasswordAsync(string username, string? password) => CheckAsync(username, password, isSignIn: false);

    private async Task<SignInOutcome> CheckAsync(string? username, string? password, bool isSignIn)
    {
        var normalized = OfficerUsernames.Normalize(username);
        password ??= "";
        var now = clock.GetUtcNow();
        var attempt = await writer.WriteAsync((connection, transaction) => Reserve(connection, transaction, normalized, now));
        switch (attempt)
        {
            case Attempt.Unknown:
                OfficerPasswords.VerifyDecoy(password);
                LogRefusedUnknown(logger);
                return _unknown.Fail(normalized) is { } until ? new SignInOutcome.Locked(until) : new SignInOutcome.Refused();
            case Attempt.LockedOut locked:
                return new SignInOutcome.Locked(locked.Until);
            case Attempt.Counted counted:
                var matches = OfficerPasswords.Verify(counted.Login.PasswordHash, password, out var rehash);
                return matches && counted.Login.DisabledAt is null
                    ? await SucceedAsync(counted.Login, password, rehash, isSignIn)
                    : await FailAsync(counted, now);
            default:
                throw new InvalidOperationException($"Unknown attempt {attempt}.");
        }
    }

    private const string SelectLogin = """
        SELECT id, name, password_hash AS PasswordHash, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil,
               disabled_at AS DisabledAt
        FROM officers
        WHERE username = @username AND password_hash IS NOT NULL
        """;

    private Attempt Reserve(SqliteConnection connection, SqliteTransaction transaction, string username, DateTimeOffset now)
    {
        var login = connection.QuerySingleOrDefault<LoginRow>(SelectLogin, new { username }, transaction);
        if (login is null)
        {
            return new Attempt.Unknown();
        }
        if (login.LockedUntil is { } lockedUntil && lockedUntil > now.ToUnixTimeMilliseconds())
        {
            return new Attempt.LockedOut(DateTimeOffset.FromUnixTimeMilliseconds(lockedUntil));
        }
        var failures = (int)login.FailedSignIns + 1;
        if (failures > options.Value.MaxFailedSignIns)
        {
            // Attempts in flight have used up the allowance: this one is not even checked.
            return new Attempt.LockedOut(Lock(connection, transaction, login, now, failures));
        }
        connection.Execute("UPDATE officers SET failed_sign_ins = @failures WHERE id = @id", new { failures, id = login.Id }, transaction);
        return new Attempt.Counted(login, failures);
    }

    private const string RecordSuccess = """
        UPDATE officers
        SET failed_sign_ins = 0, locked_until = NULL, password_hash = COALESCE(@rehashed, password_hash),
            last_sign_in_at = CASE WHEN @isSignIn THEN @now ELSE last_sign_in_at END
        WHERE id = @id AND (locked_until IS NULL OR locked_until <= @now)
        """;

    private async Task<SignInOutcome> SucceedAsync(LoginRow login, string password, bool rehash, bool isSignIn)
    {
        var now = clock.GetUtcNow();
        var rehashed = rehash ? OfficerPasswords.Hash(password) : null;
        var recorded = await writer.WriteAsync((connection, transaction) =>
        {
            // A guess running beside this one may have locked the account meanwhile: the lock wins.
            if (connection.Execute(RecordSuccess, new { id = login.Id, now = now.ToUnixTimeMilliseconds(), rehashed, isSignIn }, transaction) == 0)
            {
                return false;
            }
            if (isSignIn)
            {
                audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in", oaId: null, Subject(login.Id), detail: null);
            }
            return true;
        });
        if (!recorded)
        {
            return new SignInOutcome.Locked(now + options.Value.LockoutDuration);
        }
        return sessions.Find(login.Id) is { } session ? new SignInOutcome.SignedIn(session) : new SignInOutcome.Refused();
    }

    private async Task<SignInOutcome> FailAsync(Attempt.Counted attempt, DateTimeOffset now)
    {
        var login = attempt.Login;
        var lockedUntil = await writer.WriteAsync<DateTimeOffset?>((connection, transaction) =>
        {
            if (attempt.Failures < options.Value.MaxFailedSignIns)
            {
                audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in-refused", oaId: null, Subject(login.Id),
                    detail: string.Create(CultureInfo.InvariantCulture, $"failures={attempt.Failures}"));
                return null;
            }
            return Lock(connection, transaction, login, now, attempt.Failures);
        });
        return lockedUntil is { } until ? new SignInOutcome.Locked(until) : new SignInOutcome.Refused();
    }

    private const string SetLock = """
        UPDATE officers
        SET failed_sign_ins = 0, locked_until = @until
        WHERE id = @id AND (locked_until IS NULL OR locked_until <= @now)
        """;

    /// <summary>Locks the account, once: attempts in flight that fail after the lock leave it (and its audit row) as it is.</summary>
    private DateTimeOffset Lock(SqliteConnection connection, SqliteTransaction transaction, LoginRow login, DateTimeOffset now, int failures)
    {
        var settings = options.Value;
        var until = now + settings.LockoutDuration;
        var changed = connection.Execute(SetLock, new
        {
            id = login.Id,
            until = until.ToUnixTimeMilliseconds(),
            now = now.ToUnixTimeMilliseconds(),
        }, transaction);
        if (changed == 0)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(
                connection.ExecuteScalar<long>("SELECT locked_until FROM officers WHERE id = @id", new { id = login.Id }, transaction));
        }
        audit.Write(connection, transaction, login.Id, login.Name, "console.locked", oaId: null, Subject(login.Id),
            detail: string.Create(CultureInfo.InvariantCulture, $"failures={failures}; minutes={settings.LockoutDuration.TotalMinutes:0}"));
        LogLocked(logger, login.Id, failures);
        return until;
    }

    private static string Subject(long id) => id.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console sign-in refused: no officer has that username")]
    private static partial void LogRefusedUnknown(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {OfficerId} locked out of the console after {Failures} wrong passwords")]
    private static partial void LogLocked(ILogger logger, long officerId, int failures);

    private sealed record LoginRow(long Id, string Name, string PasswordHash, long FailedSignIns, long? LockedUntil, long? DisabledAt);

    private abstract record Attempt
    {
        public sealed record Unknown : Attempt;

        public sealed record LockedOut(DateTimeOffset Until) : Attempt;

        public sealed record Counted(LoginRow Login, int Failures) : Attempt;
    }
}
