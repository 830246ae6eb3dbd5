using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Conversations;

/// <summary>
/// What a private flow (a tip-off, its follow-up) leaves behind. The raw webhook body, the transcript line and the
/// sent reply would each keep in clear what the report keeps only encrypted, and for an anonymous report they would
/// tie it to the resident. A private turn empties its own traces as it commits; unlinking a whole flow also removes
/// the resident's id from every trace since the flow began.
/// </summary>
public static class FlowTraces
{
    private const string PrivateKey = "chatassistant.flow.private";
    private const string UnlinkedKey = "chatassistant.flow.unlinked";

    /// <summary>Marks the start of a flow, to be unlinked later with <see cref="Unlink"/>.</summary>
    public static FlowMark Mark(this ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new FlowMark(turn.InboxId(), turn.Clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// This turn is private: its inbox body is emptied in the turn's transaction (the words live on only in the
    /// flow's sealed state), its replies are emptied once delivered, and the transcript keeps redacted lines.
    /// </summary>
    public static void KeepPrivate(this ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.IncomingIsSensitive = true;
        turn.RedactReplies(OutboxRedaction.Body);
        if (turn.TurnState.TryAdd(PrivateKey, true))
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

    /// <summary>
    /// Leaves nothing that ties the resident to what the flow produced: inbox rows since <paramref name="since"/> lose
    /// the resident's id and body, the flow's transcript lines are deleted (this turn writes none), and outbox rows lose
    /// body and resident, now if delivered or once delivered otherwise.
    /// </summary>
    public static void Unlink(this ITurnContext turn, FlowMark since)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(since);
        turn.KeepPrivate();
        turn.RedactReplies(OutboxRedaction.BodyAndResident);
        if (!turn.TurnState.TryAdd(UnlinkedKey, true))
        {
            return;
        }
        var trace = new
        {
            oaId = turn.Activity.AccountId,
            userId = turn.Activity.UserId,
            firstInboxId = since.InboxId,
            inboxId = turn.InboxId(),
            since = since.StartedAt,
            forgotten = MessageOutbox.ForgottenResident,
        };
        turn.Save((connection, transaction) => connection.Execute($$"""
            UPDATE inbox_messages SET body = '{}', user_id = @forgotten, received_at = received_at - received_at % 3600000,
                handled_at = handled_at - handled_at % 3600000
            WHERE oa_id = @oaId AND user_id = @userId AND id BETWEEN @firstInboxId AND @inboxId;
            DELETE FROM transcript_entries WHERE oa_id = @oaId AND user_id = @userId AND created_at >= @since AND direction IN ('in', 'out');
            UPDATE outbox_messages SET body = '{}', user_id = @forgotten, channel_message_id = NULL, {{MessageOutbox.ForgetTimes}}
            WHERE oa_id = @oaId AND user_id = @userId AND status IN ('sent', 'failed') AND {{FlowReplies}};
            UPDATE outbox_messages SET redact_after_send = 2
            WHERE oa_id = @oaId AND user_id = @userId AND status IN ('pending', 'sending') AND {{FlowReplies}};
            """, trace, transaction));
    }

    // The flow's own replies: rows keyed "turn:{inbox id}:…" (and "failed:{inbox id}:…", the apology for a turn that
    // failed) for inbox rows of the flow. Reminders, notices and officers' messages sent meanwhile keep their records.
    private const string FlowReplies = """
        (idempotency_key LIKE 'turn:%' OR idempotency_key LIKE 'failed:%')
        AND CAST(substr(idempotency_key, instr(idempotency_key, ':') + 1,
                        instr(substr(idempotency_key, instr(idempotency_key, ':') + 1), ':') - 1) AS INTEGER)
            BETWEEN @firstInboxId AND @inboxId
        """;

    /// <summary>The start of <paramref name="instant"/>'s hour: how times that could name a reporter are kept.</summary>
    public static DateTimeOffset ToTheHour(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds() - (instant.ToUnixTimeMilliseconds() % 3_600_000));

    /// <summary>Whether a dialog made this turn private: the transcript then keeps redacted lines only.</summary>
    public static bool IsPrivate(ITurnContext turn) => turn?.TurnState.ContainsKey(PrivateKey) == true;

    /// <summary>Whether this turn unlinked its flow: the transcript then keeps nothing of it.</summary>
    public static bool IsUnlinked(ITurnContext turn) => turn?.TurnState.ContainsKey(UnlinkedKey) == true;
}
