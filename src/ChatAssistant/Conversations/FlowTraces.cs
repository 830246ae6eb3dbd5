using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Storage;

namespace ChatAssistant.Conversations;

/// <summary>
/// What a private flow (a tip-off, its follow-up) leaves behind: nothing that names its resident once it has ended,
/// whether the report was anonymous or not, so that an anonymous one cannot be traced back from the database.
/// </summary>
/// <remarks>
/// Each trace is kept so by the part that writes it:
/// <list type="bullet">
/// <item>the inbox row: emptied in the turn, and once handled it keeps what any handled row keeps (<see cref="MessageInbox"/>);</item>
/// <item>the replies: like every turn's, they forget words, resident and exact times once delivered, under keys that
/// give no order (<see cref="Messaging.Outbox.MessageOutbox"/>);</item>
/// <item>the transcript: a private turn writes no line (<see cref="TranscriptMiddleware"/>);</item>
/// <item>the resident's record: a private turn does not touch it, so the time they last wrote is that of their last
/// ordinary message (<see cref="ConversationStateMiddleware"/>);</item>
/// <item>the conversation state: saved under a random version rather than a count of turns, and put back as the flow
/// ends to what it was as the flow began (<see cref="ConversationStateMiddleware"/>).</item>
/// </list>
/// While the flow runs its state holds the sealed draft beside the resident's id: that cannot be otherwise, as the
/// next message must find it.
/// </remarks>
public static class FlowTraces
{
    private const string PrivateKey = "chatassistant.flow.private";

    /// <summary>
    /// This turn continues, ends or begins a private flow (<paramref name="before"/>: a private dialog was on the
    /// stack as the turn began; <paramref name="after"/>: one is on it as the turn ends). Its inbox body is emptied in
    /// the turn's transaction (the words live on only in the flow's sealed state), and nothing it does is quoted.
    /// </summary>
    public static void KeepPrivate(this ITurnContext turn, bool before, bool after)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.IncomingIsSensitive = true;
        turn.MarkPrivate();
        var first = !turn.TurnState.ContainsKey(PrivateKey);
        turn.TurnState[PrivateKey] = new PrivateFlow(before, after);
        if (first)
        {
            var inboxId = turn.InboxId();
            turn.Save((connection, transaction) => MessageInbox.ForgetBody(connection, transaction, inboxId));
            // The body's words are gone from the rows; the WAL's old page images go with the next trim.
            if (turn.Services.GetService(typeof(WalTrim)) is WalTrim wal)
            {
                turn.AfterCommit(wal.Request);
            }
        }
    }

    /// <summary>The start of <paramref name="instant"/>'s hour: how times that could name a reporter are kept.</summary>
    public static DateTimeOffset ToTheHour(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds() - (instant.ToUnixTimeMilliseconds() % 3_600_000));

    /// <summary>Whether the turn belongs to a private flow: it then leaves no transcript line and no interaction time.</summary>
    public static bool IsPrivate(ITurnContext turn) => turn?.TurnState.ContainsKey(PrivateKey) == true;

    /// <summary>Where the private flow stood as this turn began and ended; null for an ordinary turn.</summary>
    public static PrivateFlow? Flow(ITurnContext turn) =>
        turn?.TurnState.TryGetValue(PrivateKey, out var flow) == true ? (PrivateFlow?)flow : null;
}

/// <summary>Whether a private dialog was on the stack as a turn began (<paramref name="Before"/>) and as it ended (<paramref name="After"/>).</summary>
public readonly record struct PrivateFlow(bool Before, bool After)
{
    /// <summary>The turn begins the flow: the conversation as it stood is kept aside, to be put back.</summary>
    public bool Begins => !Before && After;
}
