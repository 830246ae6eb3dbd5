using System.Globalization;
using System.Text;
using ChatAssistant.Accounts;
using ChatAssistant.Storage;
using ChatAssistant.Webhooks;
using ChatAssistant.Zalo.Configuration;
using ChatAssistant.Zalo.Webhooks;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Development;

/// <summary>Turns what a developer does in the simulator into a signed Zalo event and feeds it to the real webhook intake.</summary>
/// <remarks>
/// The inbox forgets an event's words once its turn is done, so the simulator keeps its own copy of what was sent,
/// beside what the development sink kept of the replies: development mode only, where every resident is made up.
/// </remarks>
public sealed class ChatSimulator(WebhookIntake intake, AccountDirectory accounts, IOptions<ZaloOptions> zalo, SqliteWriter writer, TimeProvider clock)
{
    /// <summary>The <c>dev_sink_messages.kind</c> of what the simulator sent; its body is the webhook event.</summary>
    public const string SentKind = "in";

    private const string InsertSent = """
        INSERT INTO dev_sink_messages (oa_id, user_id, kind, body, created_at)
        VALUES (@oaId, @userId, @kind, @body, @at)
        """;

    public async Task<WebhookOutcome> SendAsync(SimulatorInput input)
    {
        if (string.IsNullOrWhiteSpace(input.UserId) || input.UserId.Length > 64)
        {
            throw new ArgumentException("userId is required (at most 64 characters).", nameof(input));
        }
        var settings = zalo.Value;
        // The signature covers the timestamp inside the body: one value serves both.
        var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var timestamp = at.ToString(CultureInfo.InvariantCulture);
        var oaId = accounts.Accounts[0].OaId;
        var body = SimulatorEvents.Build(input, oaId, settings.AppId ?? "", timestamp);
        var signature = WebhookSignatureVerifier.Compute(settings.AppId ?? "", body, timestamp, settings.WebhookSecretKey ?? "");
        var outcome = await intake.ReceiveAsync(body, "mac=" + signature).ConfigureAwait(false);
        if (outcome is WebhookOutcome.Accepted or WebhookOutcome.Ignored or WebhookOutcome.Stale)
        {
            // Timed as sent, not as written here: the reply may already be in the sink, and the history sorts by time.
            await writer.WriteAsync((connection, transaction) => connection.Execute(InsertSent,
                new { oaId, userId = input.UserId, kind = SentKind, body = Encoding.UTF8.GetString(body), at }, transaction)).ConfigureAwait(false);
        }
        return outcome;
    }
}
