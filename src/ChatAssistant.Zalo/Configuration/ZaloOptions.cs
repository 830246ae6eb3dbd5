namespace ChatAssistant.Zalo.Configuration;

/// <summary>The <c>Zalo</c> configuration section: the app, its secrets, endpoints and official accounts.</summary>
public sealed class ZaloOptions
{
    public const string SectionName = "Zalo";

    public string? AppId { get; set; }

    /// <summary>The app secret: sent as <c>secret_key</c> when refreshing tokens.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The OA secret key from the app's webhook settings page; signs inbound events.</summary>
    public string? WebhookSecretKey { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://openapi.zalo.me");

    public Uri OAuthBaseUrl { get; set; } = new("https://oauth.zaloapp.com");

    public Uri ZnsBaseUrl { get; set; } = new("https://business.openapi.zalo.me");

    /// <summary>Signature variants beyond the documented one; off unless an operator turns them on.</summary>
    public SignatureVariantOptions SignatureVariants { get; set; } = new();

    /// <summary>Seeds for each official account; live tokens move to the database after the first refresh.</summary>
    public List<OfficialAccountOptions> Accounts { get; set; } = [];

    /// <summary>Outbound requests per minute allowed per official account (token bucket).</summary>
    public int MessagesPerMinutePerAccount { get; set; } = 4000;

    /// <summary>Refresh an access token this long before it expires.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
