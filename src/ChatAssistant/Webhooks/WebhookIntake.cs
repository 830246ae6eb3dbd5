using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Accounts;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Zalo.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Webhooks;

/// <summary>Takes a webhook body from Zalo: verify, store in the inbox, and nothing slower.</summary>
/// <remarks>
/// Zalo disables a webhook that answers slowly or fails, so the request path only reads the few
/// envelope fields, checks the signature over the raw bytes and commits the row; the turn runs
/// later in the dispatcher. An event signed outside <see cref="WebhookOptions.MaxEventAge"/> (or too far ahead) is stored
/// as stale and acknowledged: it is kept for an operator and its key drops Zalo's redeliveries, but nobody is answered
/// hours late, and a captured event posted again later starts no turn.
/// </remarks>
public sealed partial class WebhookIntake(
    WebhookSignatureVerifier signatures,
    MessageInbox inbox,
    AccountDirectory accounts,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookIntake> logger)
{
    /// <summary>Zalo's events are small; anything larger is refused before it is read whole.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    // The operator needs to learn once which undocumented variant Zalo uses, not on every request.
    private static readonly ConcurrentDictionary<string, bool> VariantsSeen = new(StringComparer.Ordinal);

    public async Task<WebhookOutcome> ReceiveAsync(ReadOnlyMemory<byte> body, string? signature)
    {
        if (body.Length > MaxBodyBytes)
        {
            LogRejected(logger, "body larger than 256 KiB", body.Length);
            return WebhookOutcome.TooLarge;
        }
        if (string.IsNullOrWhiteSpace(signature))
        {
            LogRejected(logger, "no X-ZEvent-Signature header", body.Length);
            return WebhookOutcome.Unauthorized;
        }
        if (WebhookEnvelopeReader.TryRead(body.Span) is not { } envelope)
        {
            LogRejected(logger, "body is not a JSON object", body.Length);
            return WebhookOutcome.Malformed;
        }
        var check = signatures.Verify(signature, body.Span, envelope);
        if (!check.IsValid)
        {
            LogRejected(logger, "signature does not match", body.Length);
            return WebhookOutcome.Unauthorized;
        }
        if (check.Variant is { } variant && variant != "documented" && VariantsSeen.TryAdd(variant, true))
        {
            LogVariant(logger, variant);
        }
        if (string.IsNullOrEmpty(envelope.EventName))
        {
            LogRejected(logger, "no event_name", body.Length);
            return WebhookOutcome.Malformed;
        }

        var served = envelope.OaId is { } oaId && accounts.Serves(oaId);
        // Echoes repeat what the account sent (a tip-off's summary, its receipt code) and receipts name the messages a
        // resident saw: joined to the outbox they would tie the resident to an anonymous report. Nothing acts on them,
        // so they are recorded without their words or their resident, only to drop Zalo's retries.
        var aboutSent = ZaloEventNames.IsAboutSentMessages(envelope.EventName);
        var actionable = served && !aboutSent && ZaloEventNames.IsKnown(envelope.EventName) && !string.IsNullOrEmpty(envelope.UserId);
        // Only events that would start a turn are judged: the rest are kept without one anyway.
        var freshness = actionable ? EventFreshness.Judge(envelope.Timestamp, clock.GetUtcNow(), options.Value) : null;
        if (freshness is { InSeconds: true } && VariantsSeen.TryAdd("timestamp-seconds", true))
        {
            LogSeconds(logger);
        }
        var stale = freshness is { IsFresh: false };
        var incoming = new IncomingEvent(
            envelope.OaId ?? "",
            aboutSent ? MessageOutbox.ForgottenResident : envelope.UserId ?? "",
            envelope.EventName,
            DedupKey(envelope, body.Span, aboutSent),
            aboutSent ? "{}" : Encoding.UTF8.GetString(body.Span),
            stale ? InboxStatus.Stale : actionable ? InboxStatus.Pending : InboxStatus.Ignored);
        var id = await inbox.StoreIncomingAsync(incoming).ConfigureAwait(false);
        if (id is null)
        {
            return WebhookOutcome.Duplicate;
        }
        if (stale)
        {
            LogStale(logger, id.Value, envelope.EventName, envelope.OaId, freshness!.Offset);
            return WebhookOutcome.Stale;
        }
        if (!actionable)
        {
            // Three of these come back for every message sent: not worth a line each.
            if (!aboutSent)
            {
                LogIgnored(logger, id.Value, envelope.EventName, envelope.OaId, served);
            }
            return WebhookOutcome.Ignored;
        }
        return WebhookOutcome.Accepted;
    }

    /// <summary>
    /// Messages carry a msg_id that a redelivery repeats; other events (follow, receipts,
    /// reactions) are recognised by the hash of their exact body.
    /// </summary>
    /// <remarks>An echo's msg_id is the id the send answered with: kept, it would join the echo to the outbox row.</remarks>
    private static string DedupKey(WebhookEnvelope envelope, ReadOnlySpan<byte> body, bool aboutSent) =>
        !aboutSent && ZaloEventNames.CarriesMessageId(envelope.EventName) && !string.IsNullOrEmpty(envelope.MessageId)
            ? $"{envelope.EventName}:{envelope.MessageId}"
            : $"sha256:{Convert.ToHexStringLower(SHA256.HashData(body))}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook rejected: {Reason} ({Length} bytes)")]
    private static partial void LogRejected(ILogger logger, string reason, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook signatures match the undocumented '{Variant}' variant")]
    private static partial void LogVariant(ILogger logger, string variant);

    // The account and the event's age only: the resident's id and words stay in the inbox row.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook stored as stale, not answered: inbox row {InboxId}, event {EventName}, account {OaId}, signed {Age} before this clock (negative: ahead; none: timestamp unreadable)")]
    private static partial void LogStale(ILogger logger, long inboxId, string eventName, string? oaId, TimeSpan? age);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook timestamps are in seconds, not the documented milliseconds; read as seconds")]
    private static partial void LogSeconds(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook stored as ignored: inbox row {InboxId}, event {EventName}, account {OaId} (served: {Served})")]
    private static partial void LogIgnored(ILogger logger, long inboxId, string eventName, string? oaId, bool served);
}
