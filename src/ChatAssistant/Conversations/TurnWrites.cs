using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Messaging.Outbox;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Lets dialogs and middleware add database writes to the turn's one transaction.</summary>
public static class TurnWrites
{
    private const string EnvelopeKey = "chatassistant.turn";

    internal static void Attach(ITurnContext context, Turn envelope) => context.TurnState[EnvelopeKey] = envelope;

    /// <summary>The inbox row behind the turn: flows that must forget what the resident sent mark where they began with it.</summary>
    public static long InboxId(this ITurnContext context) => Envelope(context).InboxId;

    /// <summary>Makes the outbox forget this turn's replies once delivered; a stronger request wins over a weaker one.</summary>
    public static void RedactReplies(this ITurnContext context, OutboxRedaction redaction)
    {
        var turn = Envelope(context);
        if (redaction > turn.ReplyRedaction)
        {
            turn.ReplyRedaction = redaction;
        }
    }

    /// <summary>Keeps this turn's replies waiting through an outage until Zalo's reply window closes: they say what is shown once.</summary>
    public static void KeepRepliesUntilWindowCloses(this ITurnContext context) => Envelope(context).RepliesKeptUntilWindowCloses = true;

    private static Turn Envelope(ITurnContext context) => (Turn)context.TurnState[EnvelopeKey];

    /// <summary>Runs <paramref name="action"/> once the turn has committed; a turn that fails or is retried does not run it.</summary>
    public static void AfterCommit(this ITurnContext context, Action action) => Envelope(context).OnCommitted(action);

    /// <summary>Commits with the turn's state and replies, or not at all.</summary>
    public static void Save(this ITurnContext context, Action<SqliteConnection, SqliteTransaction> write) =>
        Envelope(context).Save(write);
}
