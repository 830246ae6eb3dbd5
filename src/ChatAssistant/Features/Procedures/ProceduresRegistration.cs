using ChatAssistant.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Procedures;

public static class ProceduresRegistration
{
    /// <summary>The procedure catalogue, loaded and checked at start-up.</summary>
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddSingleton(sp => ProcedureCatalogue.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<ProcedureCatalogue>());
        return services;
    }
}
