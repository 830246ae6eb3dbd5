namespace ChatAssistant.Zalo.Configuration;

/// <summary>
/// Sources disagree on what Zalo hashes (see docs: "unsettled"): these switches let an operator
/// accept the reported variants without weakening the default.
/// </summary>
public sealed class SignatureVariantOptions
{
    /// <summary>Also accept signatures computed with the OA id in place of the app id.</summary>
    public bool AllowOaIdAsAppId { get; set; }

    /// <summary>Also accept signatures computed with the app secret in place of the OA secret key.</summary>
    public bool AllowAppSecret { get; set; }
}
