using System.Globalization;
using ChatAssistant.Storage;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Officers;

/// <summary>What admins do to officers from the console, each change audited in the same transaction.</summary>
public sealed class OfficerAdministration(OfficerStore officers, AuditLog audit, SqliteWriter writer, SignInHolds holds)
{
    /// <summary>Creates a console officer with a temporary password; returns their id and that password (shown once).</summary>
    public Task<(long Id, string Password)> CreateAsync(Officer admin, string name, string username, OfficerRole role, IReadOnlyList<string> oaIds)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var password = TemporaryPassword.New();
        var hash = OfficerPasswords.Hash(password);
        return writer.WriteAsync((connection, transaction) =>
        {
            var created = officers.CreateWithPassword(
                connection, transaction, name, username, hash, mustChangePassword: true, role, oaIds);
            Audit(connection, transaction, admin, "officer.create", created.Id, $"role={role.ToName()}; oaIds={string.Join(',', created.OaIds)}");
            return (created.Id, password);
        });
    }

    /// <summary>Saves name, role and accounts; null when done, else why not (in Vietnamese).</summary>
    public Task<string?> UpdateAsync(Officer admin, long id, string name, OfficerRole role, IReadOnlyList<string> oaIds)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return writer.WriteAsync<string?>((connection, transaction) =>
        {
            if (role != OfficerRole.Admin && OfficerStore.IsLastAdmin(connection, transaction, id))
            {
                return "Đây là quản trị viên cuối cùng: hãy cho người khác làm quản trị viên trước.";
            }
            if (!OfficerStore.Update(connection, transaction, id, name, role, oaIds))
            {
                return "Không có cán bộ này.";
            }
            Audit(connection, transaction, admin, "officer.update", id, $"role={role.ToName()}; oaIds={string.Join(',', oaIds)}");
            return null;
        });
    }

    /// <summary>Gives the officer a new temporary password, ends their sessions and lifts any lock; null when there is no such officer.</summary>
    public Task<string?> ResetPasswordAsync(Officer admin, long id, string username)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var password = TemporaryPassword.New();
        var hash = OfficerPasswords.Hash(password);
        return writer.WriteAsync<string?>((connection, transaction) =>
        {
            if (!OfficerCredentials.SetPassword(connection, transaction, id, username, hash, mustChange: true))
            {
                return null;
            }
            Audit(connection, transaction, admin, "officer.password-reset", id, detail: null);
            return password;
        });
    }

    /// <summary>Lifts the holds on the officer's sign-ins, from every address; false when there is no such officer.</summary>
    public async Task<bool> UnlockAsync(Officer admin, long id)
    {
        if (!await Change(admin, id, "officer.unlock", OfficerCredentials.Unlock))
        {
            return false;
        }
        if (officers.Find(id)?.Username is { } username)
        {
            holds.Lift(OfficerUsernames.Normalize(username));
        }
        return true;
    }

    public Task<bool> EnableAsync(Officer admin, long id) => Change(admin, id, "officer.enable", OfficerStore.Enable);

    /// <summary>Disables the officer; refused for oneself and for the last enabled admin, so nobody locks the console shut.</summary>
    public Task<bool> DisableAsync(Officer admin, long id)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return admin.Id == id
            ? Task.FromResult(false)
            : writer.WriteAsync((connection, transaction) =>
            {
                if (OfficerStore.IsLastAdmin(connection, transaction, id) || !officers.Disable(connection, transaction, id))
                {
                    return false;
                }
                Audit(connection, transaction, admin, "officer.disable", id, detail: null);
                return true;
            });
    }

    private Task<bool> Change(Officer admin, long id, string action, Func<SqliteConnection, SqliteTransaction, long, bool> change)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return writer.WriteAsync((connection, transaction) =>
        {
            if (!change(connection, transaction, id))
            {
                return false;
            }
            Audit(connection, transaction, admin, action, id, detail: null);
            return true;
        });
    }

    private void Audit(SqliteConnection connection, SqliteTransaction transaction, Officer admin, string action, long id, string? detail) =>
        audit.Write(connection, transaction, admin.RecordedId, admin.Name, action, oaId: null, id.ToString(CultureInfo.InvariantCulture), detail);
}
