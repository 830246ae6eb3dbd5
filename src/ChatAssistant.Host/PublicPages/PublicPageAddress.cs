using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Host.PublicPages;

/// <summary>Where a resident's phone reaches a procedure's public page: the address a QR code carries.</summary>
public static class PublicPageAddress
{
    /// <summary>The path the public pages are served under.</summary>
    public const string Root = "thu-tuc";

    /// <summary>
    /// <see cref="PublicPagesOptions.PageOf"/> when <c>PublicPages:BaseUrl</c> is configured. Otherwise the address the
    /// request came in on: an office that prints its board from a browser on the office network then gets codes that
    /// work on that network, and nothing needs configuring to try the service. Behind a reverse proxy the request's
    /// host is the internal one, which a resident's phone cannot reach: such deployments must set the base URL.
    /// </summary>
    public static Uri Of(string procedureId, PublicPagesOptions options, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        return options.PageOf(procedureId)
            ?? new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{PagesRoot(request)}/{Uri.EscapeDataString(procedureId)}");
    }

    /// <summary>The pages' path as the browser sees it (with any path base), for links between the pages.</summary>
    public static string PagesRoot(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.PathBase.ToUriComponent() + "/" + Root;
    }
}
