using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatAssistant.Conversation.Activities;

namespace ChatAssistant.Zalo.Webhooks;

/// <summary>Maps a Zalo webhook event to the channel-neutral <see cref="Activity"/>.</summary>
/// <remarks>
/// Runs off the request path (the webhook stores the body and answers first), so a DOM is fine here.
/// Odd but valid JSON never throws: what is missing stays null, and unknown events become
/// <see cref="ActivityType.Unknown"/> so they are stored and acknowledged, never rejected.
/// </remarks>
public static class ZaloEventParser
{
    /// <exception cref="FormatException">The body is not one JSON object.</exception>
    public static Activity Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <exception cref="FormatException">The body is not one JSON object.</exception>
    public static Activity Parse(ReadOnlySpan<byte> body)
    {
        // The envelope reader also validates the body, and reusing it keeps the account, the
        // resident and the message id identical to what the webhook deduplicated and queued on.
        var envelope = WebhookEnvelopeReader.TryRead(body)
            ?? throw new FormatException("A Zalo webhook body must be a JSON object.");

        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var message = root.Object("message") ?? default;
        var family = EventFamilies.Of(envelope.EventName);

        var activity = new Activity
        {
            Type = ActivityType.Unknown,
            AccountId = envelope.OaId ?? "",
            UserId = envelope.UserId ?? "",
            ChannelEventName = envelope.EventName ?? "",
            MessageId = envelope.MessageId,
            Timestamp = ToTimestamp(envelope.Timestamp),
        };

        return family switch
        {
            EventFamily.UserMessage or EventFamily.AnonymousMessage => WithContent(activity, ActivityType.Message, message),
            EventFamily.OaEcho => Echo(activity, root, message),
            EventFamily.Follow => activity with { Type = ActivityType.Follow, Source = root.NonBlank("source") },
            EventFamily.Unfollow => activity with { Type = ActivityType.Unfollow, Source = root.NonBlank("source") },
            EventFamily.SubmitInfo => activity with
            {
                Type = ActivityType.SubmitInfo,
                SubmittedInfo = SubmittedInfoReader.Read(root),
            },
            EventFamily.ChatNow => activity with { Type = ActivityType.ConversationStart },
            EventFamily.Receipt => activity with
            {
                Type = ActivityType.Receipt,
                ReferencedMessageIds = ReferencedIds(message),
            },
            EventFamily.UserReaction => Reaction(activity, ActivityType.Reaction, message),
            // The OA's own reaction (the bot or a staff member): nothing for a dialog to answer.
            EventFamily.OaReaction => Reaction(activity, ActivityType.Echo, message),
            _ => activity,
        };
    }

    private static Activity WithContent(Activity activity, ActivityType type, JsonElement message)
    {
        var location = ZaloMessageReader.Location(message);
        var text = message.NonBlank("text");
        return activity with
        {
            Type = type,
            // A location's text is its address, already carried by Location.
            Text = location?.Address is not null && location.Address == text ? null : text,
            QuoteMessageId = message.NonBlank("quote_msg_id"),
            Attachments = ZaloMessageReader.Attachments(message, activity.ChannelEventName),
            Location = location,
        };
    }

    /// <summary>Zalo adds <c>sender.admin_id</c> only when a staff member typed the message in its OA tool.</summary>
    private static Activity Echo(Activity activity, JsonElement root, JsonElement message)
    {
        var staffId = root.Object("sender")?.NonBlank("admin_id");
        var type = staffId is null ? ActivityType.Echo : ActivityType.StaffMessage;
        return WithContent(activity, type, message) with { StaffId = staffId };
    }

    private static Activity Reaction(Activity activity, ActivityType type, JsonElement message) => activity with
    {
        Type = type,
        Reaction = message.NonBlank("react_icon"),
        ReferencedMessageIds = message.NonBlank("msg_id") is { } id ? [id] : [],
    };

    /// <summary>Receipts name several messages in <c>msg_ids</c>; some carry a single <c>msg_id</c>.</summary>
    private static string[] ReferencedIds(JsonElement message)
    {
        if (message.Child("msg_ids") is { ValueKind: JsonValueKind.Array } ids)
        {
            return [.. ids.EnumerateArray().Select(id => id.AsText()).OfType<string>().Where(id => id.Length > 0)];
        }

        return message.NonBlank("msg_id") is { } single ? [single] : [];
    }

    /// <summary>Milliseconds since the epoch; Zalo's own samples show fewer than 13 digits, so no length is assumed.</summary>
    private static DateTimeOffset ToTimestamp(string? text)
    {
        const long maxMilliseconds = 253_402_300_799_999; // DateTimeOffset.MaxValue
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= maxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UnixEpoch;
    }
}
