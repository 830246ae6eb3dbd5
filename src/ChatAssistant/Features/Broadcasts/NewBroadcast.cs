namespace ChatAssistant.Features.Broadcasts;

/// <summary>A notice as an officer composes it; <paramref name="Urgent"/> null means the category's default.</summary>
public sealed record NewBroadcast(
    string OaId,
    string Title,
    string Text,
    string? ImageUrl,
    string? Link,
    string Category,
    BroadcastTarget Target,
    DateTimeOffset? SendAt,
    bool? Urgent);
