using ChatAssistant.Accounts;

namespace ChatAssistant.Host.OfficerConsole.Officers;

/// <summary>The model of <c>_OfficerFields</c>.</summary>
public sealed record OfficerFields(OfficerForm Form, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<ServedAccount> Accounts, bool IsNew);
