namespace ChatAssistant.Zalo.Configuration;

/// <summary>One official account the deployment serves, as seeded from configuration.</summary>
public sealed class OfficialAccountOptions
{
    public string OaId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
}
