using ChatAssistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Officers;

/// <summary>
/// Creates the first console admin from <c>Console:FirstAdmin</c> when no officer has that username yet, so a
/// new deployment can be signed in to without touching the database. The password is a one-time one: the admin
/// chooses their own at first sign-in, after which the configured value opens nothing.
/// </summary>
public sealed partial class FirstAdmin(
    IOptions<SignInOptions> options,
    OfficerStore officers,
    OfficerCredentials credentials,
    OfficerPasswords passwords,
    AuditLog audit,
    SqliteWriter writer,
    ILogger<FirstAdmin> logger) : IHostedService
{
    public const string DisplayName = "Quản trị viên";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var first = options.Value.FirstAdmin;
        if (string.IsNullOrWhiteSpace(first.Username) || string.IsNullOrEmpty(first.Password))
        {
            return;
        }
        var username = OfficerUsernames.Normalize(first.Username);
        if (credentials.FindByUsername(username) is not null)
        {
            return;
        }
        var id = await CreateAsync(officers, passwords, audit, writer, username, first.Password, mustChange: true);
        LogCreated(logger, id);
    }

    /// <summary>Creates an admin with a password (the <c>create-admin</c> command uses this too); throws when the inputs are not acceptable.</summary>
    public static Task<long> CreateAsync(
        OfficerStore officers, OfficerPasswords passwords, AuditLog audit, SqliteWriter writer, string username, string password, bool mustChange)
    {
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(passwords);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(writer);
        username = OfficerUsernames.Normalize(username);
        if (!OfficerUsernames.IsValid(username))
        {
            throw new InvalidOperationException(
                $"'{username}' is not a usable username: 3 to 40 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.");
        }
        if (passwords.Problem(password, username) is { } problem)
        {
            throw new InvalidOperationException($"The first admin's password is not acceptable: {problem}");
        }
        var hash = OfficerPasswords.Hash(password);
        return writer.WriteAsync((connection, transaction) =>
        {
            var admin = officers.CreateWithPassword(
                connection, transaction, DisplayName, username, hash, mustChange, OfficerRole.Admin, []);
            audit.Write(connection, transaction, officerId: null, AuditLog.SystemActor, "officer.create", oaId: null,
                subject: admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: "role=admin; first admin");
            return admin.Id;
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first console admin (officer {OfficerId}) from Console:FirstAdmin; they choose a new password at first sign-in")]
    private static partial void LogCreated(ILogger logger, long officerId);
}
