using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.OfficerConsole.Officers;

/// <summary>Every officer, for admins: who can sign in, with which role, on which units.</summary>
public sealed class OfficersModel(OfficerStore officers, AccountDirectory accounts, TimeProvider clock) : ConsolePage
{
    public IReadOnlyList<OfficerListing> Officers { get; private set; } = [];

    public void OnGet() => Officers = officers.List();

    public bool IsLocked(OfficerListing officer) =>
        officer is { LockedUntil: { } until } && until > clock.GetUtcNow();

    public string AccountNames(OfficerListing officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Role == OfficerRole.Admin
            ? "Tất cả"
            : string.Join(", ", officer.OaIds.Select(id => accounts.Accounts.FirstOrDefault(a => a.OaId == id)?.Name ?? id));
    }
}
