using ChatAssistant.Accounts;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The model of <c>_AccountPicker</c>: the accounts to choose from and other query values to keep.</summary>
public sealed record AccountPicker(IReadOnlyList<ServedAccount> Accounts, ServedAccount Selected)
{
    public IReadOnlyList<(string Name, string Value)> Keep { get; init; } = [];
}
