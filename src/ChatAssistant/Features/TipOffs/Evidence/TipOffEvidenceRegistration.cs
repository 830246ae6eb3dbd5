using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Evidence;

public static class TipOffEvidenceRegistration
{
    /// <summary>Tip-off evidence: its options, the vault (also as <see cref="IEvidenceFiles"/>), the fetcher, the officers' listing and the audit of their viewings.</summary>
    public static IServiceCollection AddTipOffEvidence(this IServiceCollection services)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<EvidenceOptions>, EvidenceDefaults>();
        services.AddSingleton<IValidateOptions<EvidenceOptions>, EvidenceOptionsValidator>();
        services.AddSingleton<EvidenceVault>();
        services.AddSingleton<IEvidenceFiles>(sp => sp.GetRequiredService<EvidenceVault>());
        services.AddSingleton<EvidenceArrivals>();
        services.AddSingleton<ITipOffSubmitted>(sp => sp.GetRequiredService<EvidenceArrivals>());
        services.AddSingleton<EvidenceBacklog>();
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<EvidenceViewings>();
        services.AddSingleton<MediaFetch>();
        AddMediaClient(services);
        services.AddHostedService<EvidenceFetcher>();
        return services;
    }

    /// <summary>The HTTP client media are fetched with; redirects and time-outs are <see cref="MediaFetch"/>'s, so every hop is checked.</summary>
    internal static IHttpClientBuilder AddMediaClient(IServiceCollection services) =>
        services.AddHttpClient(MediaFetch.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.None,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
}
