using ChatAssistant.Accounts;
using ChatAssistant.Development;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Messaging.Templates;
using ChatAssistant.Metrics;
using ChatAssistant.Webhooks;
using ChatAssistant.Zalo.Api;
using ChatAssistant.Zalo.Configuration;
using ChatAssistant.Zalo.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels;

public static class ZaloRegistration
{
    /// <summary>
    /// The Zalo channel: webhook intake and the retention of handled events, OA API, tokens. With no account configured
    /// the service runs in development mode: one development account, replies to the development sink.
    /// </summary>
    public static IServiceCollection AddZaloChannel(this IServiceCollection services)
    {
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.SectionName).ValidateOnStart();
        services.AddOptions<DevelopmentAccountOptions>().BindConfiguration(DevelopmentAccountOptions.SectionName);
        services.AddSingleton<IPostConfigureOptions<ZaloOptions>, DevelopmentDefaults>();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidator>();

        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<WebhookSignatureVerifier>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton<WebhookIntake>();
        services.AddHostedService<InboxRetention>();
        services.AddHttpClient<OaMessageClient>(ConfigureTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 64,
            });
        services.AddHttpClient<ZaloOAuthClient>(ConfigureTimeout);
        services.AddHttpClient<ZnsClient>(ConfigureTimeout);
        services.AddSingleton<TokenSeal>();
        services.AddSingleton<AccessTokens>();
        services.AddHostedService<TokenRefreshService>();

        services.AddSingleton<ZaloOutboundChannel>();
        services.AddSingleton<DevelopmentSink>();
        services.AddSingleton<IOutboundChannel>(sp => new MeasuredOutboundChannel(sp.GetRequiredService<AccountDirectory>().IsDevelopmentMode
            ? sp.GetRequiredService<DevelopmentSink>()
            : sp.GetRequiredService<ZaloOutboundChannel>(), sp.GetRequiredService<ServiceMetrics>()));
        services.AddSingleton<ZaloTemplateChannel>();
        services.AddSingleton<DevelopmentTemplateSink>();
        services.AddSingleton<ITemplateChannel>(sp => sp.GetRequiredService<AccountDirectory>().IsDevelopmentMode
            ? sp.GetRequiredService<DevelopmentTemplateSink>()
            : sp.GetRequiredService<ZaloTemplateChannel>());
        services.AddSingleton<ChatSimulator>();
        services.AddSingleton<SimulatorHistory>();
        return services;

        static void ConfigureTimeout(IServiceProvider sp, HttpClient http) =>
            http.Timeout = sp.GetRequiredService<IOptions<ZaloOptions>>().Value.RequestTimeout;
    }
}
