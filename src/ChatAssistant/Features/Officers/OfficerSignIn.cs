using System.Globalization;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>
/// Checks a username and password from a client address, holds that address back after too many wrong ones, and
/// audits both.
/// </summary>
/// <remarks>
/// The count is per username and address (<see cref="SignInHolds"/>): guesses from elsewhere never keep an officer out
/// of their own desk. An attempt is counted before its password is checked, so guesses sent in parallel cannot all
/// slip past a hold before any of them is counted; unknown usernames are counted and held the same way.
/// </remarks>
public sealed partial class OfficerSignIn(
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    OfficerSessions sessions,
    SignInHolds holds,
    AuditLog audit,
    TimeProvider clock,
    ILogger<OfficerSignIn> logger)
{
    /// <summary>Checks the password; on success the sign-in is audited and recorded.</summary>
    /// <param name="client">Who is trying, as the host tells clients apart (their address).</param>
    public Task<SignInOutcome> CheckAsync(string? username, string? password, string client) =>
        CheckAsync(username, password, client, isSignIn: true);

    /// <summary>Checks an officer's current password before a change: counted and held like a sign-in, not recorded as one.</summary>
    public Task<SignInOutcome> CheckCurrentPasswordAsync(string username, string? password, string client) =>
        CheckAsync(username, password, client, isSignIn: false);

    private async Task<SignInOutcome> CheckAsync(string? username, string? password, string client, bool isSignIn)
    {
        ArgumentNullException.ThrowIfNull(client);
        var normalized = OfficerUsernames.Normalize(username);
        password ??= "";
        var login = Find(normalized);
        switch (holds.Reserve(normalized, client, login?.PasswordHash))
        {
            case SignInHolds.Reservation.Held held:
                return await HeldAsync(login, held);
            case SignInHolds.Reservation.Counted:
                break;
            default:
                throw new InvalidOperationException("Unknown reservation.");
        }
        if (login is null)
        {
            OfficerPasswords.VerifyDecoy(password);
            LogRefusedUnknown(logger);
            return await FailAsync(null, normalized, client);
        }
        var matches = OfficerPasswords.Verify(login.PasswordHash, password, out var rehash);
        if (!matches || login.DisabledAt is not null)
        {
            return await FailAsync(login, normalized, client);
        }
        // A guess running beside this one may have begun a hold meanwhile: the hold wins.
        if (holds.Succeed(normalized, client) is { } heldUntil)
        {
            return new SignInOutcome.Locked(heldUntil);
        }
        return await SucceedAsync(login, password, rehash, isSignIn);
    }

    private const string SelectLogin = """
        SELECT id, name, password_hash AS PasswordHash, disabled_at AS DisabledAt
        FROM officers
        WHERE username = @username AND password_hash IS NOT NULL
        """;

    private LoginRow? Find(string username)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<LoginRow>(SelectLogin, new { username });
    }

    private const string RecordSuccess = """
        UPDATE officers
        SET password_hash = COALESCE(@rehashed, password_hash),
            last_sign_in_at = CASE WHEN @isSignIn THEN @now ELSE last_sign_in_at END
        WHERE id = @id
        """;

    private async Task<SignInOutcome> SucceedAsync(LoginRow login, string password, bool rehash, bool isSignIn)
    {
        var now = clock.GetUtcNow();
        var rehashed = rehash ? OfficerPasswords.Hash(password) : null;
        await writer.WriteAsync((connection, transaction) =>
        {
            connection.Execute(RecordSuccess, new { id = login.Id, now = now.ToUnixTimeMilliseconds(), rehashed, isSignIn }, transaction);
            if (isSignIn)
            {
                audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in", oaId: null, Subject(login.Id), detail: null);
            }
        });
        return sessions.Find(login.Id) is { } session ? new SignInOutcome.SignedIn(session) : new SignInOutcome.Refused();
    }

    private async Task<SignInOutcome> FailAsync(LoginRow? login, string username, string client)
    {
        switch (holds.Fail(username, client, login?.PasswordHash))
        {
            case SignInHolds.Reservation.Held held:
                return await HeldAsync(login, held);
            case SignInHolds.Reservation.Counted counted when login is not null:
                await writer.WriteAsync((connection, transaction) =>
                    audit.Write(connection, transaction, login.Id, login.Name, "console.sign-in-refused", oaId: null, Subject(login.Id),
                        detail: string.Create(CultureInfo.InvariantCulture, $"failures={counted.Failures}")));
                return new SignInOutcome.Refused();
            default:
                return new SignInOutcome.Refused();
        }
    }

    private const string ShowHold = """
        UPDATE officers
        SET locked_until = max(COALESCE(locked_until, 0), @until)
        WHERE id = @id
        """;

    /// <summary>
    /// A hold this attempt began is audited once and shown to admins on the officer (the latest hold from any address,
    /// which they can lift); attempts during a hold are not.
    /// </summary>
    private async Task<SignInOutcome> HeldAsync(LoginRow? login, SignInHolds.Reservation.Held held)
    {
        if (held.Began && login is not null)
        {
            var minutes = (int)Math.Ceiling((held.Until - clock.GetUtcNow()).TotalMinutes);
            await writer.WriteAsync((connection, transaction) =>
            {
                connection.Execute(ShowHold, new { id = login.Id, until = held.Until.ToUnixTimeMilliseconds() }, transaction);
                audit.Write(connection, transaction, login.Id, login.Name, "console.locked", oaId: null, Subject(login.Id),
                    detail: string.Create(CultureInfo.InvariantCulture, $"failures={held.Failures}; minutes={minutes}"));
            });
            LogHeld(logger, login.Id, held.Failures, minutes);
        }
        return new SignInOutcome.Locked(held.Until);
    }

    private static string Subject(long id) => id.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console sign-in refused: no officer has that username")]
    private static partial void LogRefusedUnknown(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console sign-ins as officer {OfficerId} held back from one address for {Minutes} minutes after {Failures} wrong passwords")]
    private static partial void LogHeld(ILogger logger, long officerId, int failures, int minutes);

    private sealed record LoginRow(long Id, string Name, string PasswordHash, long? DisabledAt);
}
