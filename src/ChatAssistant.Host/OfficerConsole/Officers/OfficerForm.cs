using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.OfficerConsole.Officers;

/// <summary>What an admin types about an officer, and what is wrong with it, in Vietnamese by field.</summary>
public sealed class OfficerForm
{
    public const int MaxNameLength = 100;

    public string? Name { get; set; }

    public string? Username { get; set; }

    public string? Role { get; set; }

    public List<string> OaIds { get; set; } = [];

    /// <summary>Errors by field name; empty when the form can be saved. Usernames are checked only for new officers.</summary>
    public Dictionary<string, string> Validate(AccountDirectory accounts, OfficerCredentials credentials, bool isNew, out OfficerRole role)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(credentials);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Name = Name?.Trim() ?? "";
        if (Name.Length is 0 or > MaxNameLength)
        {
            errors[nameof(Name)] = $"Cần họ tên, tối đa {MaxNameLength} ký tự.";
        }
        else if (Name.Equals(Officer.BootstrapName, StringComparison.OrdinalIgnoreCase)
            || Name.Equals(AuditLog.SystemActor, StringComparison.OrdinalIgnoreCase))
        {
            // The audit log names these actors; an officer must not be mistaken for them.
            errors[nameof(Name)] = $"Tên “{Name}” đã dành cho hệ thống.";
        }
        if (isNew)
        {
            Username = OfficerUsernames.Normalize(Username);
            if (!OfficerUsernames.IsValid(Username))
            {
                errors[nameof(Username)] = "Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.";
            }
            else if (credentials.FindByUsername(Username) is not null)
            {
                errors[nameof(Username)] = "Tên đăng nhập này đã có người dùng.";
            }
        }
        if (!OfficerRoleNames.TryParse(Role, out role))
        {
            errors[nameof(Role)] = "Hãy chọn vai trò.";
        }
        OaIds = [.. OaIds.Where(accounts.Serves).Distinct(StringComparer.Ordinal)];
        if (role == OfficerRole.Admin)
        {
            // Admins see every account; a list would only mislead.
            OaIds = [];
        }
        else if (OaIds.Count == 0 && !errors.ContainsKey(nameof(Role)))
        {
            errors[nameof(OaIds)] = "Hãy chọn ít nhất một đơn vị.";
        }
        return errors;
    }
}
