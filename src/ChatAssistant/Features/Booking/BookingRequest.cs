namespace ChatAssistant.Features.Booking;

/// <summary>A booking of the slot starting at <paramref name="Start"/> (UTC) for a service of an account.</summary>
/// <param name="UserId">The resident's Zalo id; null when an officer books for a walk-in or phone caller.</param>
/// <param name="ByOfficerId">The officer booking for someone (no lead time applies); null when a resident books in chat.</param>
/// <param name="InboxId">
/// The resident's message whose turn books, in chat: a run of that turn again (its commit failed after the booking's)
/// finds this booking instead of booking twice. Null for officers.
/// </param>
public sealed record BookingRequest(
    string OaId,
    string ServiceId,
    DateTimeOffset Start,
    string? UserId,
    string? Name,
    string? Phone,
    long? ByOfficerId = null,
    long? InboxId = null)
{
    public bool ByOfficer => ByOfficerId is not null;
}
