using ChatAssistant;
using ChatAssistant.Host.Booking;
using ChatAssistant.Host.Broadcasts;
using ChatAssistant.Host.Development;
using ChatAssistant.Host.Diagnostics;
using ChatAssistant.Host.Dossiers;
using ChatAssistant.Host.Followers;
using ChatAssistant.Host.Health;
using ChatAssistant.Host.Metrics;
using ChatAssistant.Host.OfficerConsole;
using ChatAssistant.Host.Officers;
using ChatAssistant.Host.Procedures;
using ChatAssistant.Host.Proxies;
using ChatAssistant.Host.PublicPages;
using ChatAssistant.Host.Reminders;
using ChatAssistant.Host.Surveys;
using ChatAssistant.Host.TipOffs;
using ChatAssistant.Host.Webhooks;

namespace ChatAssistant.Host;

/// <summary>The composition root: services, endpoints, nothing else. Tests build the same app.</summary>
public static class ChatAssistantHost
{
    /// <param name="overrides">Lets tests replace a service (e.g. a turn handler that fails on purpose).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // First: the exporter starts listening before any hosted service (a reminder missed while down fires at start).
        builder.Services.AddMetricsExport(builder.Configuration);
        builder.Services.AddChatAssistant(builder.Configuration);
        builder.Services.AddTrustedProxies();
        builder.Services.AddOfficerConsole();
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.RequireAccountsInProduction();
        app.UseTrustedProxies();
        app.MapOfficerConsole();
        app.MapWebhookEndpoints();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoints();
        app.MapDevelopmentEndpoints();
        app.MapDiagnosticsEndpoints();
        app.MapOfficerEndpoints().MapHandoffEndpoints();
        app.MapProcedureEndpoints();
        app.MapPublicPageEndpoints();
        app.MapDossierEndpoints();
        app.MapSatisfactionEndpoints();
        app.MapBookingEndpoints();
        app.MapReminderEndpoints();
        app.MapTipOffEndpoints();
        app.MapTipOffEvidenceEndpoints();
        app.MapFollowerEndpoints();
        app.MapBroadcastEndpoints();
        return app;
    }
}
