using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Dispatch;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Lets dialogs and middleware add database writes to the turn's one transaction.</summary>
public static class TurnWrites
{
    private const string EnvelopeKey = "chatassistant.turn";

    internal static void Attach(ITurnContext context, Turn envelope) => context.TurnState[EnvelopeKey] = envelope;

    /// <summary>The inbox row behind the turn: a side effect records it to be done once when the turn runs again.</summary>
    public static long InboxId(this ITurnContext context) => Envelope(context).InboxId;

    /// <summary>Marks the turn private: a failure is logged and parked without quoting anything it carried.</summary>
    internal static void MarkPrivate(this ITurnContext context) => Envelope(context).IsPrivate = true;

    /// <summary>Keeps this turn's replies waiting through an outage until Zalo's reply window closes: they say what is shown once.</summary>
    public static void KeepRepliesUntilWindowCloses(this ITurnContext context) => Envelope(context).RepliesKeptUntilWindowCloses = true;

    private static Turn Envelope(ITurnContext context) => (Turn)context.TurnState[EnvelopeKey];

    /// <summary>Runs <paramref name="action"/> once the turn has committed; a turn that fails or is retried does not run it.</summary>
    public static void AfterCommit(this ITurnContext context, Action action) => Envelope(context).OnCommitted(action);

    /// <summary>Commits with the turn's state and replies, or not at all.</summary>
    public static void Save(this ITurnContext context, Action<SqliteConnection, SqliteTransaction> write) =>
        Envelope(context).Save(write);
}
