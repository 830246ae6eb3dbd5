namespace ChatAssistant.Features.Officers;

/// <summary>Which audit entries to read: one account's, newest first, a page at a time.</summary>
/// <param name="WithoutAccount">Also the entries of no account (sign-ins, officer management): admins only.</param>
/// <param name="ActionPrefix">Entries whose action starts with this ("tipoff." for every tip-off action).</param>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="To">Entries before this instant.</param>
/// <param name="Before">The next page: entries with a smaller id than this.</param>
public sealed record AuditQuery(
    string OaId,
    bool WithoutAccount = false,
    string? ActionPrefix = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? Before = null,
    int Limit = AuditQuery.PageSize)
{
    public const int PageSize = 50;
    public const int MaxLimit = 500;
}
