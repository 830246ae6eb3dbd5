using ChatAssistant.Content;
using ChatAssistant.Features.FrontDoor;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.CommonQuestions;

public static class CommonQuestionsRegistration
{
    /// <summary>The questions about the service of dialogs/questions.yaml, checked at start-up, and their answers.</summary>
    public static IServiceCollection AddCommonQuestions(this IServiceCollection services)
    {
        services.AddSingleton(sp => CommonQuestionIndex.Load(sp.GetRequiredService<DialogsFolder>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<CommonQuestionIndex>());
        services.AddSingleton<IQuestionAnswerer, CommonQuestionAnswers>();
        return services;
    }
}
