using ChatAssistant.Content;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Offices;

public static class OfficesRegistration
{
    /// <summary>Offices from dialogs/offices.yaml, checked at start-up, and the menu line that shows them.</summary>
    /// <remarks>The line has no keywords: "địa chỉ" in free text goes to the catalogue first, since "đăng ký tạm trú ở đâu" asks about a procedure.</remarks>
    public static IServiceCollection AddOffices(this IServiceCollection services)
    {
        services.AddSingleton(sp => OfficeDirectory.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<OfficeDirectory>());
        services.AddSingleton<OfficeAnswers>();
        services.AddHostedService<OfficeCoverage>();
        services.AddSingleton(sp => new MenuEntry("menu-offices", 300, [], (dc, _) =>
        {
            sp.GetRequiredService<OfficeAnswers>().SendOfficesAskedFor(dc.Context);
            return Task.CompletedTask;
        }, [Intents.OfficeInfo]));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(["menu-offices", OfficeCard.TextKey, OfficeAnswers.UnknownTextKey, OfficeAnswers.IntroTextKey, OfficeAnswers.SessionTextKey, .. OfficeDay.TextKeys]));
        return services;
    }
}
