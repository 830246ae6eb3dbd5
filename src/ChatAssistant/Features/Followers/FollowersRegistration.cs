using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Followers;

public static class FollowersRegistration
{
    /// <summary>
    /// The follower registry: the accounts' groups from dialogs/followers.yaml (checked at start-up), the group question
    /// on the menu (line order 600), notices off and on in free text, the read side for notices, and officers' labels.
    /// </summary>
    public static IServiceCollection AddFollowers(this IServiceCollection services)
    {
        services.AddSingleton(sp => ResidentialGroups.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<ResidentialGroups>());
        services.AddSingleton<FollowerRegistry>();
        services.AddSingleton<FollowerPreferences>();
        services.AddSingleton<FollowerTagDesk>();
        services.AddSingleton<FollowerReplies>();
        services.AddSingleton<PlaceDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<PlaceDialog>());
        services.AddSingleton<Dialog>(sp => PlaceDialog.Prompt(sp.GetRequiredService<ResidentialGroups>()));
        services.AddSingleton<IQuestionAnswerer, FollowerQuestions>();
        services.AddSingleton(new MenuEntry(FollowerTexts.MenuTitle, 600, [],
            (dc, ct) => dc.BeginDialogAsync(PlaceDialog.DialogId, null, ct), [Intents.SubscribeNotices]));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. FollowerTexts.All]));
        return services;
    }
}
