namespace ChatAssistant.Testing;

/// <summary>The settings every test host shares: a Production host whose Zalo is <see cref="FakeZaloApi"/> on loopback.</summary>
public static class FakeZaloHostSettings
{
    public const string WebhookSecret = "test-webhook-secret";

    /// <summary>Base64 of 32 bytes: Production refuses to start without a tip-off key.</summary>
    public const string TipOffKey = "dGVzdC10aXBvZmYta2V5LTMyLWJ5dGVzLWxvbmctISE=";

    /// <summary>Everything but the accounts, which each kind of test host names its own way.</summary>
    public static Dictionary<string, string> For(FakeZaloApi zalo)
    {
        ArgumentNullException.ThrowIfNull(zalo);
        return new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Zalo:AppId"] = zalo.AppId,
            ["Zalo:AppSecret"] = zalo.AppSecret,
            ["Zalo:WebhookSecretKey"] = WebhookSecret,
            ["Zalo:ApiBaseUrl"] = zalo.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = zalo.BaseUrl.ToString(),
            ["Zalo:ZnsBaseUrl"] = zalo.BaseUrl.ToString(),
            ["TipOffs:EncryptionKey"] = TipOffKey,
            ["TipOffs:Evidence:AllowedHosts:0"] = "127.0.0.1",
            // Tests wait for retries: keep them short.
            ["Messaging:SendRetryDelay"] = "00:00:00.050",
            ["Messaging:TurnRetryDelay"] = "00:00:00.010",
            // The host is reached over plain http on loopback: Secure cookies would never come back.
            ["Console:SecureCookies"] = "false",
        };
    }
}
