using System.Globalization;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Messaging.Outbox;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>Tells a named reporter what officers asked or decided, through the outbox, in the action's own transaction.</summary>
/// <remarks>
/// Only reports with a user id get anything: an anonymous report has no row that names its sender, so nobody
/// can be told; its reporter reads the news when following up with the receipt code.
/// </remarks>
public sealed class TipOffPush(MessageOutbox outbox, ITextCatalog texts)
{
    /// <summary>The officer's question with how to answer it; false when the report is anonymous.</summary>
    internal bool Question(SqliteConnection connection, SqliteTransaction transaction, TipOffHeader report, long noteId, string question) =>
        Send(connection, transaction, report, noteId, texts.Get(TipOffResidentTexts.PushQuestion, new Dictionary<string, string>
        {
            ["date"] = ShortDate(report.SentAt),
            ["question"] = question,
        }));

    /// <summary>The report's new status in plain words; false when the report is anonymous.</summary>
    internal bool StatusChanged(SqliteConnection connection, SqliteTransaction transaction, TipOffHeader report, long noteId, string status) =>
        Send(connection, transaction, report, noteId, texts.Get(TipOffResidentTexts.PushStatus, new Dictionary<string, string>
        {
            ["date"] = ShortDate(report.SentAt),
            ["status"] = texts.Get(TipOffResidentTexts.StatusLabel(status)),
            ["explanation"] = texts.Get(TipOffResidentTexts.StatusExplanation(status)),
        }));

    /// <summary>The source of a pushed note's outbox rows: a note is pushed once, so a retried write adds nothing.</summary>
    public static string Source(long noteId) => $"tipoff-note:{noteId.ToString(CultureInfo.InvariantCulture)}";

    private bool Send(SqliteConnection connection, SqliteTransaction transaction, TipOffHeader report, long noteId, string text)
    {
        if (report.Anonymous || report.UserId is not { } userId)
        {
            return false;
        }
        var source = Source(noteId);
        // The words are an officer's about a report: the outbox does not keep them once delivered.
        outbox.AppendOutgoing(connection, transaction, report.OaId, userId, source, [OutboundMessage.FromText(text)], OutboxRedaction.Body);
        return true;
    }

    private static string ShortDate(DateTimeOffset instant) => VietnamTime.ToLocal(instant).ToString("dd/MM", CultureInfo.InvariantCulture);
}
