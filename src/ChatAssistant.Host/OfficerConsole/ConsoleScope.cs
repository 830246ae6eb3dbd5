using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The accounts an officer works on in the console, and which one a page shows.</summary>
public static class ConsoleScope
{
    /// <summary>Every account the officer may see, in configuration order.</summary>
    public static IReadOnlyList<ServedAccount> VisibleTo(this AccountDirectory accounts, Officer officer)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(officer);
        return [.. accounts.Accounts.Where(a => officer.CanSee(a.OaId))];
    }

    /// <summary>
    /// The account a page shows: the one asked for (<c>?oa=</c>) when the officer may see it, their first when none
    /// was asked for, and null when the one asked for is not theirs (the page answers 404) or they have none.
    /// </summary>
    public static ServedAccount? Pick(this AccountDirectory accounts, Officer officer, string? requested)
    {
        var visible = accounts.VisibleTo(officer);
        return string.IsNullOrEmpty(requested)
            ? (visible.Count > 0 ? visible[0] : null)
            : visible.FirstOrDefault(a => a.OaId.Equals(requested, StringComparison.Ordinal));
    }
}
