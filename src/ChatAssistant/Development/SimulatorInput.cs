namespace ChatAssistant.Development;

/// <summary>What a developer did in the chat simulator: typed, tapped an event, shared a place, a picture or their info.</summary>
public sealed record SimulatorInput
{
    public string UserId { get; init; } = "";
    public string? Text { get; init; }
    /// <summary><c>follow</c>, <c>unfollow</c> or <c>user_click_chatnow</c>.</summary>
    public string? Event { get; init; }
    public SimulatorLocation? Location { get; init; }
    public string? ImageUrl { get; init; }
    public SimulatorInfo? SubmitInfo { get; init; }
}

public sealed record SimulatorLocation(double Latitude, double Longitude);

public sealed record SimulatorInfo(string? Name, string? Phone, string? Address);
