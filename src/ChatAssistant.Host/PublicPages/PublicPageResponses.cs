using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ChatAssistant.Host.PublicPages;

/// <summary>How the public pages answer: HTML with an ETag and a short cache life, PNGs likewise, 404s as friendly pages.</summary>
public static class PublicPageResponses
{
    private const string HtmlType = "text/html; charset=utf-8";

    // The catalogue changes only on restart: phones may keep a page for a few minutes and then revalidate with the
    // ETag (a 304 costs nothing); a corrected fee still reaches residents minutes after the restart, not days.
    private const string CacheControl = "public, max-age=300";

    // The pages need no script and load nothing from elsewhere; say so, so that a slip in the content cannot run any.
    private const string SecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    public static Results<ContentHttpResult, StatusCodeHttpResult> Page(HttpContext http, string html)
    {
        ArgumentNullException.ThrowIfNull(http);
        var etag = new EntityTagHeaderValue(Tag(Encoding.UTF8.GetBytes(html)));
        Protect(http.Response);
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = CacheControl;
        var matches = EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var asked)
            && asked.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag == EntityTagHeaderValue.Any);
        return matches
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Content(html, HtmlType, Encoding.UTF8);
    }

    public static ContentHttpResult NotFoundPage(HttpContext http, string html)
    {
        ArgumentNullException.ThrowIfNull(http);
        Protect(http.Response);
        return TypedResults.Content(html, HtmlType, Encoding.UTF8, StatusCodes.Status404NotFound);
    }

    /// <summary>The file result answers If-None-Match itself from the tag.</summary>
    public static FileContentHttpResult Png(HttpContext http, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = CacheControl;
        return TypedResults.File(png, "image/png", entityTag: new EntityTagHeaderValue(Tag(png)));
    }

    /// <summary>For answers built from the request's host name (QR codes without a configured base URL).</summary>
    public static void VaryByHost(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.Vary = "Host";
    }

    private static void Protect(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = SecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
    }

    private static string Tag(byte[] content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
}
