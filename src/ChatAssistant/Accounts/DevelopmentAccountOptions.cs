namespace ChatAssistant.Accounts;

/// <summary>The <c>Development</c> section: the account that exists when no Zalo account is configured (development mode).</summary>
public sealed class DevelopmentAccountOptions
{
    public const string SectionName = "Development";

    /// <summary>The development account's id; the default matches webhook-samples/ so the samples reach it.</summary>
    public string OaId { get; set; } = "388613280878808645";

    public string OaName { get; set; } = "Công an phường (thử nghiệm)";

    /// <summary>Signs simulator events when Zalo:WebhookSecretKey is not set (never in Production).</summary>
    public string WebhookSecretKey { get; set; } = "dev-webhook-secret";

    public string AppId { get; set; } = "360846524940903967";
}
