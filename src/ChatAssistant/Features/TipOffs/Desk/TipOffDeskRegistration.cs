using ChatAssistant.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.TipOffs.Desk;

public static class TipOffDeskRegistration
{
    /// <summary>The officers' tip-off desk: timeline, evidence list, pushes to named reporters, and the texts they read.</summary>
    public static IServiceCollection AddTipOffDesk(this IServiceCollection services)
    {
        services.AddSingleton<TipOffTimeline>();
        services.AddSingleton<TipOffEvidenceList>();
        services.AddSingleton<TipOffPush>();
        services.AddSingleton<TipOffDesk>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. TipOffResidentTexts.All]));
        return services;
    }
}
