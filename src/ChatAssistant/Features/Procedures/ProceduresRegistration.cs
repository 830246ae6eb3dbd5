using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Features.Procedures.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Procedures;

public static class ProceduresRegistration
{
    /// <summary>The procedure catalogue and its search index, loaded and checked at start-up; the answers in chat and the menu line to browse.</summary>
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddOptions<PublicPagesOptions>()
            .BindConfiguration(PublicPagesOptions.SectionName)
            .Validate(o => o.BaseUrl is null || (o.BaseUrl.IsAbsoluteUri && o.BaseUrl.Scheme is "http" or "https"),
                "PublicPages:BaseUrl must be an absolute http(s) address, e.g. https://congan-phuong.example.vn/.")
            .ValidateOnStart();
        services.AddSingleton(sp => ProcedureCatalogue.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton(sp => Synonyms.Load(Path.Combine(sp.GetRequiredService<DialogsFolder>().Path, Synonyms.FileName)));
        services.AddSingleton(sp => ProcedureIndex.Build(sp.GetRequiredService<ProcedureCatalogue>(), sp.GetRequiredService<Synonyms>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<ProcedureCatalogue>());
        // Built at start-up, so a broken synonyms file stops the service rather than a resident's search.
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<ProcedureIndex>());
        services.AddSingleton<ProcedureTopic>();
        services.AddSingleton<Dialog, ProcedureAnswerDialog>();
        services.AddSingleton<Dialog, ProcedureChoiceDialog>();
        services.AddSingleton<IQuestionAnswerer, ProcedureQuestions>();
        services.AddSingleton<IQuestionAnswerer, ClockTimeFollowUps>();
        services.AddSingleton<IIntentHandler, ProcedureOffices>();
        // No keywords: "thủ tục làm hộ chiếu" must reach the search; a bare "thủ tục" is recognized by ProcedureQuestions.
        services.AddSingleton(new MenuEntry(ProcedureTexts.Menu, 100, [],
            (dc, ct) => dc.BeginDialogAsync(ProcedureChoiceDialog.DialogId, null, ct)));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. ProcedureTexts.All]));
        return services;
    }
}
