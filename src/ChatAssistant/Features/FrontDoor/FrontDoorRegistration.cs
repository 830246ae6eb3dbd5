using ChatAssistant.Content;
using ChatAssistant.Conversation.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.FrontDoor;

public static class FrontDoorRegistration
{
    /// <summary>Welcome, menu and router; "talk to an officer" is the menu's last line.</summary>
    public static IServiceCollection AddFrontDoor(this IServiceCollection services)
    {
        services.AddSingleton<MainMenu>();
        services.AddSingleton<FrontDoor>();
        services.AddSingleton<IFrontDoor>(sp => sp.GetRequiredService<FrontDoor>());
        services.AddSingleton(sp => new MenuEntry(FrontDoor.OfficerMenuLine, 900, ["gap can bo", "can bo", "nguoi that"],
            (dc, ct) => sp.GetRequiredService<FrontDoor>().HandOffAsync(dc, ct)));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(
        [
            "menu-header", "menu-footer", FrontDoor.OfficerMenuLine, .. SmallTalk.TextKeys, "help-front-door",
            "handoff-started", "handoff-timeout", "handoff-ended", "handoff-released", "handoff-waiting", "handoff-meanwhile",
        ]));
        return services;
    }
}
