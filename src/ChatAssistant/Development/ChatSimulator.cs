using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Webhooks;
using ChatAssistant.Zalo.Configuration;
using ChatAssistant.Zalo.Webhooks;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Development;

/// <summary>Turns what a developer does in the simulator into a signed Zalo event and feeds it to the real webhook intake.</summary>
public sealed class ChatSimulator(WebhookIntake intake, AccountDirectory accounts, IOptions<ZaloOptions> zalo, TimeProvider clock)
{
    public async Task<WebhookOutcome> SendAsync(SimulatorInput input)
    {
        if (string.IsNullOrWhiteSpace(input.UserId) || input.UserId.Length > 64)
        {
            throw new ArgumentException("userId is required (at most 64 characters).", nameof(input));
        }
        var settings = zalo.Value;
        // The signature covers the timestamp inside the body: one value serves both.
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = SimulatorEvents.Build(input, accounts.Accounts[0].OaId, settings.AppId ?? "", timestamp);
        var signature = WebhookSignatureVerifier.Compute(settings.AppId ?? "", body, timestamp, settings.WebhookSecretKey ?? "");
        return await intake.ReceiveAsync(body, "mac=" + signature).ConfigureAwait(false);
    }
}
