using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs;

public static class TipOffsRegistration
{
    /// <summary>Tip-offs: the options (Production refuses to start without the key), the cipher, receipts (with their own tag key) and the store.</summary>
    public static IServiceCollection AddTipOffs(this IServiceCollection services)
    {
        services.AddOptions<TipOffOptions>().BindConfiguration(TipOffOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<TipOffOptions>, DevelopmentTipOffKey>();
        services.AddSingleton<IValidateOptions<TipOffOptions>, TipOffOptionsValidator>();
        services.AddSingleton<TipOffCipher>();
        services.AddSingleton<Keys.ReceiptTagKey>();
        services.AddSingleton<ReceiptHasher>();
        services.AddSingleton<TipOffStore>();
        return services;
    }
}
