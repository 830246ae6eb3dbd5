namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>The short codes in <c>tipoff_evidence.reason</c>: why a file was rejected or failed, never what it held.</summary>
public static class EvidenceReason
{
    /// <summary>Larger than <see cref="EvidenceOptions.MaxFileBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Its first bytes are not of an allowed type, whatever type was declared.</summary>
    public const string Type = "type";

    /// <summary>Zalo answered 403, 404 or 410: the URL has expired.</summary>
    public const string Expired = "expired";

    /// <summary>Another 4xx answer.</summary>
    public const string Refused = "refused";

    /// <summary>Server errors, time-outs or network faults on every one of the allowed attempts.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The URL (or a redirect) points at a host that is not allowed.</summary>
    public const string Host = "host";

    /// <summary>Not https (plain http is allowed only to a loopback host).</summary>
    public const string Scheme = "scheme";

    /// <summary>Too many redirects, or one without a location.</summary>
    public const string Redirect = "redirect";

    /// <summary>The sealed source does not open with any configured key, or is not a source at all.</summary>
    public const string Unreadable = "unreadable";
}
