using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.TipOffs.FollowUp;

public static class TipOffFollowUpRegistration
{
    /// <summary>Folded phrases that open the follow-up from free text ("theo dõi K7M2-QX9P-4HRT", "tra cứu tin báo").</summary>
    /// <remarks>"tôi có gửi tin báo …, nay hỏi tiến độ", "em đã gửi tin báo": a report sent before, longer than the report line's "gui tin bao".</remarks>
    public static IReadOnlyList<string> Keywords { get; } =
        ["theo doi", "tra cuu tin bao", "ma theo doi", "tin bao cua toi", "co gui tin bao", "da gui tin bao", "gui tin bao roi"];

    /// <summary>The resident's follow-up by receipt code, on the menu (line order 510, after sending a report).</summary>
    public static IServiceCollection AddTipOffFollowUp(this IServiceCollection services)
    {
        services.AddOptions<TipOffFollowUpOptions>()
            .BindConfiguration(TipOffFollowUpOptions.SectionName)
            .Validate(o => o.MaxWrongCodesPerHour > 0, "TipOffs:FollowUp:MaxWrongCodesPerHour must be a positive number.")
            .ValidateOnStart();
        services.AddSingleton<WrongCodeLimiter>();
        services.AddSingleton<ResidentReports>();
        services.AddSingleton<EvidenceOutcome>();
        services.AddSingleton<TipOffFollowUpDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TipOffFollowUpDialog>());
        services.AddSingleton<Dialog>(TipOffFollowUpDialog.CodePrompt());
        services.AddSingleton<Dialog>(TipOffFollowUpDialog.AnswerPrompt());
        services.AddSingleton(sp => new MenuEntry(TipOffFollowUpTexts.MenuTitle, 510, Keywords,
            (dc, ct) => sp.GetRequiredService<TipOffFollowUpDialog>().OpenAsync(dc, ct), [Intents.FollowUpReport]));
        services.AddSingleton<IQuestionAnswerer, ReceiptCodeMessages>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(TipOffFollowUpTexts.All));
        return services;
    }
}
