namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>What the officers' list is filtered by; newest first, a page at a time.</summary>
/// <param name="From">Reports received at or after this instant.</param>
/// <param name="To">Reports received before this instant.</param>
/// <param name="Before">The next page: reports with a smaller id than this (the last id of the previous page).</param>
public sealed record TipOffListQuery(
    string? Status = null,
    string? Category = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = TipOffListQuery.DefaultLimit,
    long? Before = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
