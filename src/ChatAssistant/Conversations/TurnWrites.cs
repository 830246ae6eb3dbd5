using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Dispatch;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Conversations;

/// <summary>Lets dialogs and middleware add database writes to the turn's one transaction.</summary>
public static class TurnWrites
{
    private const string EnvelopeKey = "chatassistant.turn";

    internal static void Attach(ITurnContext context, Turn envelope) => context.TurnState[EnvelopeKey] = envelope;

    /// <summary>Commits with the turn's state and replies, or not at all.</summary>
    public static void Save(this ITurnContext context, Action<SqliteConnection, SqliteTransaction> write) =>
        ((Turn)context.TurnState[EnvelopeKey]).Save(write);
}
