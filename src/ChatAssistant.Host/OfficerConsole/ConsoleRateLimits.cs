using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Limits on the sign-in form per client address, beside the holds on each username from each address.</summary>
/// <remarks>The holds stop one address guessing one officer's password; this stops it trying a common password on every officer.</remarks>
public static class ConsoleRateLimits
{
    public const string SignIn = "console-sign-in";

    public static IServiceCollection AddConsoleRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    "Có quá nhiều lần đăng nhập từ máy này. Xin vui lòng thử lại sau ít phút.", cancellationToken));
            };
            options.AddPolicy(SignIn, context =>
                // GETs of the form are free; only attempts count.
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        ClientAddress.Of(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(5), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("get"));
        });
}
