namespace ChatAssistant.Conversation.Activities;

/// <summary>What a resident filled in on a request-user-info card. Personal data: never log it.</summary>
public sealed record SubmittedInfo
{
    public string? Name { get; init; }
    /// <summary>As the channel sent it (Zalo: <c>84…</c>).</summary>
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Ward { get; init; }
    public string? District { get; init; }
    public string? City { get; init; }
    public string? DateOfBirth { get; init; }
    public string? Gender { get; init; }
}
