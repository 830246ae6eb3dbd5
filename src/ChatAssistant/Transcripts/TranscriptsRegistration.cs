using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Transcripts;

public static class TranscriptsRegistration
{
    /// <summary>The transcript store and its retention sweep.</summary>
    public static IServiceCollection AddTranscripts(this IServiceCollection services)
    {
        services.AddOptions<TranscriptOptions>()
            .BindConfiguration(TranscriptOptions.SectionName)
            .Validate(o => o.RetentionDays >= 1, "Transcripts:RetentionDays must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<TranscriptStore>();
        services.AddHostedService<TranscriptRetention>();
        return services;
    }
}
