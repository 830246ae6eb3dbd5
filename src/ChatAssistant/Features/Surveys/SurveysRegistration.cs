using ChatAssistant.Content;
using ChatAssistant.Features.Booking;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Surveys;

public static class SurveysRegistration
{
    /// <summary>The satisfaction survey after appointments: the invitation, the dialog and the store behind the index.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<SatisfactionSurvey>();
        services.AddSingleton<IServiceEventReaction>(sp => sp.GetRequiredService<SatisfactionSurvey>());
        services.AddSingleton<IAppointmentServed>(sp => sp.GetRequiredService<SatisfactionSurvey>());
        services.AddSingleton<Dialog, SatisfactionSurveyDialog>();
        foreach (var prompt in SatisfactionSurveyDialog.Prompts())
        {
            services.AddSingleton(prompt);
        }
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(SurveyTexts.All));
        return services;
    }
}
