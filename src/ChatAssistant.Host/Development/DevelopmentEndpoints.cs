using ChatAssistant.Accounts;
using ChatAssistant.Development;
using ChatAssistant.Host.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatAssistant.Host.Development;

public static partial class DevelopmentEndpoints
{
    /// <summary>
    /// In development mode (no Zalo account configured) and the Development environment: the chat simulator at
    /// <c>/dev/chat</c>.
    /// </summary>
    /// <remarks>
    /// The simulator posts webhooks signed with the development secret and reads back every resident's replies, so a
    /// host reachable by others (any other environment) never maps it, accounts or not.
    /// </remarks>
    public static IEndpointRouteBuilder MapDevelopmentEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<AccountDirectory>().IsDevelopmentMode)
        {
            return app;
        }
        if (!app.Environment.IsDevelopment())
        {
            app.Lifetime.ApplicationStarted.Register(() => LogNoSimulator(app.Logger, app.Environment.EnvironmentName));
            return app;
        }
        var group = app.MapGroup("/dev/chat");
        group.MapGet("/", GetPage);
        group.MapPost("/send", SendAsync);
        group.MapGet("/messages", GetMessages);
        app.Lifetime.ApplicationStarted.Register(() => LogWhere(app));
        return app;
    }

    private static IResult GetPage()
    {
        var page = typeof(DevelopmentEndpoints).Assembly.GetManifestResourceStream("ChatAssistant.Host.Development.chat.html")!;
        return Results.Stream(page, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SendAsync(SimulatorInput input, ChatSimulator simulator)
    {
        try
        {
            var outcome = await simulator.SendAsync(input);
            return Results.Json(new { webhookStatus = WebhookEndpoints.StatusCodeOf(outcome) }, statusCode: StatusCodes.Status202Accepted);
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult GetMessages(string? userId, string? after, SimulatorHistory history)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return Results.Problem("userId is required.", statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            var page = history.Read(userId, after);
            return Results.Ok(new { messages = page.Messages, cursor = page.Cursor });
        }
        catch (FormatException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static void LogWhere(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogSimulator(app.Logger, address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development mode: no Zalo account configured. Chat simulator: {Address}/dev/chat")]
    private static partial void LogSimulator(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development mode in the {Environment} environment: no Zalo account configured, " +
        "replies go to the development sink, and the chat simulator is served in the Development environment only")]
    private static partial void LogNoSimulator(ILogger logger, string environment);
}
