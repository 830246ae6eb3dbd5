using ChatAssistant.Features.Officers;
using ChatAssistant.Host.OfficerConsole.Assets;
using ChatAssistant.Host.Proxies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>
/// Outside Development the console's cookies are Secure, which browsers never send over plain http: there, a console
/// request gets a page saying how to reach it over https, and the start-up log says the same to the operator.
/// </summary>
/// <remarks>
/// Without it the antiforgery check refuses to make a Secure cookie on an http request and the sign-in page is an
/// empty 500. The office display and the style sheets need no cookie and stay reachable.
/// </remarks>
public static partial class ConsoleHttps
{
    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>Cần HTTPS · Bảng điều khiển cán bộ</title>
            <link rel="stylesheet" href="{{ConsoleAssets.Url("console.css")}}">
        </head>
        <body>
        <main id="content">
        <div class="sign-in card">
            <h1>Cần kết nối HTTPS</h1>
            <p class="flash error" role="alert">Bảng điều khiển cán bộ chỉ mở qua HTTPS. Phiên đăng nhập được giữ bằng cookie bảo mật, mà trình duyệt không gửi qua kết nối http thường.</p>
            <p>Xin mở lại bằng địa chỉ bắt đầu bằng <code>https://</code>. Nếu vẫn không được, xin báo người quản trị máy chủ.</p>
            <h2>Dành cho người quản trị máy chủ</h2>
            <ul>
                <li>Cấu hình HTTPS cho dịch vụ (chứng chỉ cho Kestrel), hoặc</li>
                <li>đặt dịch vụ sau một reverse proxy (nginx, Caddy, IIS…) nhận HTTPS và chuyển tiếp kèm <code>X-Forwarded-Proto</code> và <code>X-Forwarded-For</code>,
                    rồi khai báo địa chỉ của proxy cho dịch vụ: biến môi trường <code>ForwardedHeaders__KnownProxies__0=10.0.0.5</code>
                    (proxy cùng máy: <code>127.0.0.1</code>), hoặc mạng của proxy: <code>ForwardedHeaders__KnownNetworks__0=10.0.0.0/24</code>.</li>
            </ul>
            <p class="small muted">Dịch vụ chỉ tin các tiêu đề chuyển tiếp từ những proxy được khai báo.</p>
        </div>
        </main>
        </body>
        </html>
        """;

    public static WebApplication UseConsoleHttps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var signIn = app.Services.GetRequiredService<IOptions<SignInOptions>>().Value;
        if (ConsoleRegistration.SecurePolicy(signIn, app.Environment) != CookieSecurePolicy.Always)
        {
            return app;
        }
        app.Lifetime.ApplicationStarted.Register(() => WarnOfPlainHttp(app));
        app.UseWhen(NeedsCookies, branch => branch.Use((context, next) => context.Request.IsHttps ? next(context) : RefuseAsync(context)));
        return app;
    }

    private static bool NeedsCookies(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/" + ConsoleRoutes.Prefix, StringComparison.Ordinal)
            && !path.StartsWithSegments($"/{ConsoleRoutes.Prefix}/assets", StringComparison.Ordinal)
            && !path.StartsWithSegments($"/{ConsoleRoutes.Prefix}/display", StringComparison.Ordinal);
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page);
    }

    private static void WarnOfPlainHttp(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0
            || addresses.Any(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            || TrustedProxiesRegistration.ForwardedHeadersConfigured(app.Services))
        {
            return;
        }
        LogPlainHttp(app.Logger, string.Join(", ", addresses));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The service listens on plain http only ({Addresses}) and no forwarded headers are configured: " +
        "the console's cookies are Secure, so officers get a page saying HTTPS is needed instead of the sign-in. Serve https, or put the " +
        "service behind a reverse proxy that ends https and name it in ForwardedHeaders:KnownProxies:0 (or ForwardedHeaders:KnownNetworks:0) " +
        "so its X-Forwarded-Proto and X-Forwarded-For are believed")]
    private static partial void LogPlainHttp(ILogger logger, string addresses);
}
