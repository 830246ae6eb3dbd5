using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.TipOffs.Emergency;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Reporting;

public static class TipOffReportingRegistration
{
    /// <summary>Folded phrases that open the report from free text ("tố giác", "báo tin", "to giac").</summary>
    public static IReadOnlyList<string> Keywords { get; } =
    [
        "to giac", "bao tin", "to cao", "trinh bao", "bao cong an", "bao an ninh", "phan anh an ninh", "tin bao toi pham",
        "bao vu viec", "to giac toi pham", "bao tin toi pham", "bao toi pham", "khai bao vu viec", "gui tin bao", "muon bao tin",
        "muon bao vu", "muon to giac",
    ];

    /// <summary>Reporting in chat (menu line order 500) and the emergency line every message passes.</summary>
    public static IServiceCollection AddTipOffReporting(this IServiceCollection services)
    {
        services.AddSingleton<DraftSeal>();
        services.AddSingleton<TipOffRateLimit>();
        services.AddSingleton<TipOffReportDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TipOffReportDialog>());
        services.AddSingleton<Dialog, TipOffOfferDialog>();
        services.AddSingleton<TipOffStories>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<TipOffStories>());
        services.AddSingleton<IQuestionAnswerer, StoriesNamingAKind>();
        services.AddSingleton<IQuestionAnswerer, ReportingAgain>();
        foreach (var index in Enumerable.Range(0, TipOffReportDialog.PromptCount))
        {
            services.AddSingleton<Dialog>(sp => TipOffReportDialog.Prompts(
                sp.GetRequiredService<DraftSeal>(), sp.GetRequiredService<IOptions<TipOffOptions>>(),
                sp.GetRequiredService<IOptions<EvidenceOptions>>())[index]);
        }
        services.AddSingleton(new MenuEntry(TipOffTexts.MenuTitle, 500, Keywords,
            (dc, ct) => dc.BeginDialogAsync(TipOffReportDialog.DialogId, null, ct), [Intents.ReportCrime]));
        services.AddSingleton<EmergencyLine>();
        services.AddSingleton<ITurnMiddleware>(sp => sp.GetRequiredService<EmergencyLine>());
        services.AddSingleton<IThrottledAnswers>(sp => sp.GetRequiredService<EmergencyLine>());
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. TipOffTexts.All]));
        return services;
    }
}
