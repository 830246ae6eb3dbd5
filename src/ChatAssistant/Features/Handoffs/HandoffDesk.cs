using System.Globalization;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using ChatAssistant.Transcripts;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Handoffs;

/// <summary>What officers (and the clock) do to hand-offs: reply, release, time out.</summary>
/// <remarks>
/// Each action is one writer transaction: the hand-off row, the transcript line, the outbox message and the
/// audit row commit together or not at all, so a resident never gets a reply that the record does not show.
/// The hand-off is read again inside that transaction, because it may have been closed since the caller looked.
/// </remarks>
public sealed class HandoffDesk(
    SqliteWriter writer,
    HandoffStore handoffs,
    TranscriptStore transcripts,
    MessageOutbox outbox,
    AuditLog audit,
    ResidentTexts texts)
{
    public const string ReplyAction = "handoff.reply";
    public const string ReleaseAction = "handoff.release";
    public const string TimeoutAction = "handoff.timeout";

    /// <summary>Sends an officer's reply to the resident; returns the transcript line's id, or null when not found.</summary>
    /// <returns>Null when the hand-off does not exist, is closed, or belongs to an account the officer may not see.</returns>
    public async Task<long?> ReplyAsync(Officer officer, long handoffId, string text)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var entryId = await writer.WriteAsync<long?>((connection, transaction) =>
        {
            if (FindVisible(connection, transaction, officer, handoffId) is not { } handoff)
            {
                return null;
            }
            var id = transcripts.Append(
                connection, transaction, handoff.OaId, handoff.UserId, TranscriptDirections.Officer, text, officer.RecordedId);
            outbox.AppendOutgoing(connection, transaction, handoff.OaId, handoff.UserId,
                $"officer:{handoff.Id}:{id}", [OutboundMessage.FromText(text)]);
            handoffs.RecordOfficerReply(connection, transaction, handoff.Id, officer.RecordedId);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, ReplyAction, handoff.OaId, Subject(handoff), detail: null);
            return id;
        }).ConfigureAwait(false);
        if (entryId is not null)
        {
            outbox.Appended.Notify();
        }
        return entryId;
    }

    /// <summary>Closes the hand-off and tells the resident the bot answers again; false when not found.</summary>
    public async Task<bool> ReleaseAsync(Officer officer, long handoffId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        // Read before the write: a missing text fails here, not halfway through the transaction.
        var released = texts.Get(HandoffTexts.Released);
        var done = await writer.WriteAsync((connection, transaction) =>
        {
            if (FindVisible(connection, transaction, officer, handoffId) is not { } handoff)
            {
                return false;
            }
            handoffs.Close(connection, transaction, handoff.Id, "officer");
            Tell(connection, transaction, handoff, "officer", released);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, ReleaseAction, handoff.OaId, Subject(handoff), detail: null);
            return true;
        }).ConfigureAwait(false);
        if (done)
        {
            outbox.Appended.Notify();
        }
        return done;
    }

    /// <summary>Closes every hand-off whose time-out has passed and tells each resident; returns how many closed.</summary>
    public async Task<int> CloseExpiredAsync()
    {
        var expired = handoffs.ListExpired(limit: 500);
        if (expired.Count == 0)
        {
            return 0;
        }
        var timedOut = texts.Get(HandoffTexts.Timeout);
        // Posted together, the writes share a batch (one commit) instead of one commit each.
        var closed = await Task.WhenAll(expired.Select(candidate => writer.WriteAsync((connection, transaction) =>
        {
            // An officer may have replied since the list was read: that starts the time-out again.
            if (HandoffStore.Find(connection, transaction, candidate.Id) is not { IsOpen: true } handoff || !handoffs.IsExpired(handoff))
            {
                return false;
            }
            handoffs.CloseTimedOut(connection, transaction, handoff.Id);
            Tell(connection, transaction, handoff, "timeout", timedOut);
            audit.Write(connection, transaction, null, AuditLog.SystemActor, TimeoutAction, handoff.OaId, Subject(handoff), detail: null);
            return true;
        }))).ConfigureAwait(false);
        var count = closed.Count(c => c);
        if (count > 0)
        {
            outbox.Appended.Notify();
        }
        return count;
    }

    private static Handoff? FindVisible(SqliteConnection connection, SqliteTransaction transaction, Officer officer, long handoffId) =>
        HandoffStore.Find(connection, transaction, handoffId) is { IsOpen: true } handoff && officer.CanSee(handoff.OaId) ? handoff : null;

    private void Tell(SqliteConnection connection, SqliteTransaction transaction, Handoff handoff, string reason, string text)
    {
        transcripts.Append(connection, transaction, handoff.OaId, handoff.UserId, TranscriptDirections.Out, text);
        // A hand-off closes once, so its id and the reason make a source no other batch uses.
        outbox.AppendOutgoing(connection, transaction, handoff.OaId, handoff.UserId,
            $"handoff:{handoff.Id}:{reason}", [OutboundMessage.FromText(text)]);
    }

    private static string Subject(Handoff handoff) => handoff.Id.ToString(CultureInfo.InvariantCulture);
}
