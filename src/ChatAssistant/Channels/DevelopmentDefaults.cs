using ChatAssistant.Accounts;
using ChatAssistant.Zalo.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels;

/// <summary>
/// Outside Production, a missing webhook secret or app id falls back to the development ones, so
/// the simulator and webhook-samples/send.sh work on a fresh checkout with no configuration.
/// </summary>
internal sealed class DevelopmentDefaults(IHostEnvironment environment, IOptions<DevelopmentAccountOptions> development)
    : IPostConfigureOptions<ZaloOptions>
{
    public void PostConfigure(string? name, ZaloOptions options)
    {
        if (environment.IsProduction())
        {
            return;
        }
        if (string.IsNullOrEmpty(options.WebhookSecretKey))
        {
            options.WebhookSecretKey = development.Value.WebhookSecretKey;
        }
        if (string.IsNullOrEmpty(options.AppId) && options.Accounts.Count == 0)
        {
            options.AppId = development.Value.AppId;
        }
    }
}
