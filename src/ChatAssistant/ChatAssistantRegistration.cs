using ChatAssistant.Channels;
using ChatAssistant.Content;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Booking.Chat;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.CommonQuestions;
using ChatAssistant.Features.Dossiers;
using ChatAssistant.Features.Followers;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Features.TipOffs.FollowUp;
using ChatAssistant.Features.TipOffs.Keys;
using ChatAssistant.Features.TipOffs.Reporting;
using ChatAssistant.Health;
using ChatAssistant.Messaging;
using ChatAssistant.Metrics;
using ChatAssistant.Storage;
using ChatAssistant.Transcripts;
using ChatAssistant.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant;

public static class ChatAssistantRegistration
{
    /// <summary>Everything the service runs: storage first (its start-up creates the schema), then the rest.</summary>
    public static IServiceCollection AddChatAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceMetrics();
        services.AddStorage(configuration);
        services.AddContent();
        services.AddZaloChannel();
        services.AddMessaging();
        services.AddUnderstanding();
        services.AddConversations();
        services.AddFrontDoor();
        services.AddOffices();
        services.AddProcedures();
        services.AddBooking();
        services.AddBookingChat();
        services.AddOfficers();
        services.AddTranscripts();
        services.AddHandoffs();
        services.AddSurveys();
        services.AddDossiers();
        services.AddReminders();
        services.AddTipOffs();
        services.AddTipOffReporting();
        services.AddTipOffDesk();
        services.AddTipOffFollowUp();
        services.AddTipOffEvidence();
        services.AddTipOffMaintenance();
        services.AddFollowers();
        services.AddCommonQuestions();
        services.AddBroadcasts();
        services.AddServiceHealth();
        return services;
    }
}
