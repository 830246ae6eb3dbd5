namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>Decides whether a URL may be requested at all: the fetcher follows addresses a message carried, so it must not be steered to internal hosts.</summary>
public static class MediaAddress
{
    /// <summary>Null when <paramref name="url"/> may be fetched; otherwise the <see cref="EvidenceReason"/> it is refused for.</summary>
    public static string? Refusal(Uri url, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        if (!url.IsAbsoluteUri)
        {
            return EvidenceReason.Host;
        }
        // Plain http only to this machine (tests, a local development CDN): anything else could be read or altered on the way.
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            return EvidenceReason.Scheme;
        }
        var host = url.IdnHost.TrimEnd('.');
        return options.AllowedHosts.Any(allowed => IsWithin(host, allowed.Trim().TrimEnd('.'))) ? null : EvidenceReason.Host;
    }

    private static bool IsWithin(string host, string allowed) =>
        host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
        || (host.Length > allowed.Length
            && host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase)
            && host[^(allowed.Length + 1)] == '.');
}
