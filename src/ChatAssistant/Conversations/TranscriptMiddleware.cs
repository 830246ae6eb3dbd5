using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Transcripts;

namespace ChatAssistant.Conversations;

/// <summary>Keeps each turn in the transcript for officers: what the resident sent and what the bot answered.</summary>
/// <remarks>
/// Lines are redacted by the store; an answer a dialog marked sensitive (a phone number) is replaced as a whole,
/// because redaction patterns cannot know every kind of personal data.
/// </remarks>
public sealed class TranscriptMiddleware(TranscriptStore transcripts, ITextCatalog texts) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await next(cancellationToken).ConfigureAwait(false);
        // A private flow (a tip-off) writes no line, not even a redacted one: lines with the resident's id at the
        // report's times would tie an anonymous report to them, and their absence among the resident's other lines
        // reads as silence.
        if (FlowTraces.IsPrivate(turn))
        {
            return;
        }
        var activity = turn.Activity;
        var incoming = turn.IncomingIsSensitive ? texts.Get("transcript-redacted") : Describe(activity);
        var outgoing = turn.Sent.Select(Describe).ToList();
        turn.Save((connection, transaction) =>
        {
            if (incoming is not null)
            {
                transcripts.Append(connection, transaction, activity.AccountId, activity.UserId, "in", incoming);
            }
            foreach (var line in outgoing)
            {
                transcripts.Append(connection, transaction, activity.AccountId, activity.UserId, "out", line);
            }
        });
    }

    private static string? Describe(Activity activity) => activity.Type switch
    {
        ActivityType.Message when !string.IsNullOrWhiteSpace(activity.Text) => activity.Text,
        ActivityType.Message when activity.Location is { } place => "[vị trí] " + (place.Address ?? FormattableString.Invariant($"{place.Latitude:0.#####}, {place.Longitude:0.#####}")),
        ActivityType.Message when activity.Attachments.Count > 0 => $"[{string.Join(", ", activity.Attachments.Select(a => a.Kind.ToString().ToLowerInvariant()))}]",
        ActivityType.SubmitInfo => "[chia sẻ thông tin]",
        ActivityType.Follow => "[quan tâm]",
        ActivityType.ConversationStart => "[mở trò chuyện]",
        _ => null,
    };

    private static string Describe(OutboundMessage message) => message.Kind switch
    {
        OutboundMessageKind.Image => $"[ảnh] {message.Text}".TrimEnd(),
        OutboundMessageKind.RequestUserInfo => $"[thẻ xin thông tin] {message.Title}",
        _ => message.Text,
    };
}
