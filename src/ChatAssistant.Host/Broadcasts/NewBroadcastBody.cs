using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.Host.Broadcasts;

/// <summary>The body of <c>POST /api/admin/broadcasts</c>; <paramref name="Urgent"/> left out means the category's default.</summary>
public sealed record NewBroadcastBody(
    string? OaId,
    string? Title,
    string? Text,
    string? ImageUrl,
    string? Link,
    string? Category,
    BroadcastTarget? Target,
    DateTimeOffset? SendAt,
    bool? Urgent);
