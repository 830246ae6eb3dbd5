using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Dossiers;

public static class DossiersRegistration
{
    /// <summary>Folded phrases that open the lookup from free text ("tra cứu hồ sơ G01...", "kết quả hồ sơ").</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["tra cuu ho so", "tra cuu ket qua", "tra ho so", "ket qua ho so", "ma ho so", "ho so cua toi", "theo doi ho so", "theo doi ket qua"];

    /// <summary>Dossier results: the store, the CSV import officers run, and the resident's lookup on the menu (line order 400).</summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services)
    {
        services.AddOptions<DossierOptions>()
            .BindConfiguration(DossierOptions.SectionName)
            .Validate(o => o.ImportBatchSize is >= 1 and <= 50_000, "Dossiers:ImportBatchSize must be between 1 and 50000.")
            .Validate(o => o.MaxRejectedListed >= 0, "Dossiers:MaxRejectedListed must not be negative.")
            .Validate(o => o.MaxUploadBytes > 0, "Dossiers:MaxUploadBytes must be positive.")
            .Validate(o => o.MaxLookupsPerResident >= 1, "Dossiers:MaxLookupsPerResident must be at least 1.")
            .Validate(o => o.LookupPeriod > TimeSpan.Zero, "Dossiers:LookupPeriod must be positive.")
            .Validate(o => o.MaxPhoneAttempts >= 1, "Dossiers:MaxPhoneAttempts must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<DossierStore>();
        services.AddSingleton<DossierPhoneKey>();
        services.AddSingleton<DossierPhoneCheck>();
        services.AddSingleton<CatalogueProcedures>();
        services.AddSingleton<DossierImport>();
        services.AddSingleton<DossierAnswer>();
        services.AddSingleton<DossierLookupLimit>();
        services.AddSingleton<DossierLookupDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<DossierLookupDialog>());
        services.AddSingleton<Dialog>(DossierLookupDialog.CodePrompt());
        services.AddSingleton<Dialog>(new PhoneDigitsPrompt(DossierLookupDialog.PhonePromptId));
        services.AddSingleton(sp => new MenuEntry(DossierTexts.MenuTitle, 400, Keywords,
            (dc, ct) => sp.GetRequiredService<DossierLookupDialog>().OpenAsync(dc, ct), [Intents.DossierStatus]));
        services.AddSingleton<IQuestionAnswerer, DossierCodeMessages>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. DossierTexts.All]));
        return services;
    }
}
