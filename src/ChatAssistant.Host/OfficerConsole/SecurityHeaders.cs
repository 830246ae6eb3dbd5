namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Response headers for every console response: no framing, no sniffing, no referrer, nothing inline, nothing cached.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from the console's own asset files: an injected &lt;script&gt; or style attribute does
    /// nothing. Images may be data: URIs (QR codes) and blobs (evidence previews).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseConsoleSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/" + ConsoleRoutes.Prefix, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use((context, next) =>
            {
                var path = context.Request.Path.Value!;
                if (!path.StartsWith("/" + ConsoleRoutes.Prefix, StringComparison.Ordinal))
                {
                    // Routes ignore case but cookie paths do not: "/Console" would never carry the session cookie.
                    context.Response.Redirect("/" + ConsoleRoutes.Prefix + path[(ConsoleRoutes.Prefix.Length + 1)..] + context.Request.QueryString);
                    return Task.CompletedTask;
                }
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                // Pages carry residents' business; a shared PC's back button or cache must not show them after sign-out.
                // The asset endpoint overrides this for its versioned files.
                headers.CacheControl = "no-store";
                if (context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = "max-age=31536000";
                }
                return next(context);
            }));
    }
}
