namespace ChatAssistant.Zalo.Api;

internal static class ZaloUrls
{
    /// <summary>Appends a path to a configured base URL; <c>new Uri(base, relative)</c> would drop a base path
    /// that lacks a trailing slash (a proxy prefix, or a fake server's sub-path).</summary>
    public static Uri Combine(Uri baseUrl, string path) =>
        new(baseUrl.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/'));
}
