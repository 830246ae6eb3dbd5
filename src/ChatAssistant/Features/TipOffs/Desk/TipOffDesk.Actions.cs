using System.Globalization;
using ChatAssistant.Features.Officers;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>What officers do to a report: assign it, move it through the workflow, note, ask the reporter.</summary>
public sealed partial class TipOffDesk
{
    private const string SelectAssignee = """
        SELECT o.name
        FROM officers o
        WHERE o.id = @officerId AND o.disabled_at IS NULL
          -- A viewer cannot open reports: one assigned to them would wait for nobody.
          AND o.role <> 'viewer'
          AND (o.role = 'admin' OR EXISTS (SELECT 1 FROM officer_accounts a WHERE a.officer_id = o.id AND a.oa_id = @oaId))
        """;

    private const string UpdateAssignee = "UPDATE tipoffs SET assigned_officer_id = @assigneeId, updated_at = @now WHERE id = @id";

    /// <summary>Gives the report to an officer who can see the account and work on it, or to nobody when <paramref name="assigneeId"/> is null.</summary>
    public async Task<DeskOutcome> AssignAsync(Officer officer, string oaId, long id, long? assigneeId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return await writer.WriteAsync((connection, transaction) =>
        {
            if (TipOffHeader.Find(connection, transaction, oaId, id) is not { } report)
            {
                return DeskOutcome.Refused(DeskRefusal.NotFound);
            }
            if (TipOffWorkflow.IsClosed(report.Status))
            {
                return DeskOutcome.Refused(DeskRefusal.Closed);
            }
            string? assignee = null;
            if (assigneeId is { } target)
            {
                if (connection.QuerySingleOrDefault<string>(SelectAssignee, new { officerId = target, oaId }, transaction) is not { } name)
                {
                    return DeskOutcome.Refused(DeskRefusal.UnknownOfficer);
                }
                assignee = string.Create(CultureInfo.InvariantCulture, $"{name} (#{target})");
            }
            connection.Execute(UpdateAssignee, new { id, assigneeId, now = Now() }, transaction);
            var noteId = timeline.Append(connection, transaction, id, TipOffNoteKinds.Assignment, officer.RecordedId, null, assignee);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, AssignAction, oaId, Subject(id),
                string.Create(CultureInfo.InvariantCulture, $"assignee={(assigneeId is { } a ? a.ToString(CultureInfo.InvariantCulture) : "none")}; note={noteId}"));
            return DeskOutcome.Recorded(noteId);
        }).ConfigureAwait(false);
    }

    private const string UpdateStatus = """
        UPDATE tipoffs
        SET status = @status, updated_at = @now, closed_at = CASE WHEN @closing THEN @now ELSE closed_at END
        WHERE id = @id
        """;

    /// <summary>Moves the report along the workflow, with the note that explains it; a named reporter is told.</summary>
    public async Task<DeskOutcome> ChangeStatusAsync(Officer officer, string oaId, long id, string? status, string? note)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (!TipOffWorkflow.IsKnown(status))
        {
            return DeskOutcome.Refused(DeskRefusal.UnknownStatus);
        }
        var words = Clean(note);
        if (words is { Length: > MaxTextLength })
        {
            return DeskOutcome.Refused(DeskRefusal.TextTooLong);
        }
        if (words is null && TipOffWorkflow.NeedsNote(status!))
        {
            return DeskOutcome.Refused(DeskRefusal.NoteRequired);
        }
        return await ActAsync((connection, transaction) =>
        {
            if (TipOffHeader.Find(connection, transaction, oaId, id) is not { } report)
            {
                return (DeskOutcome.Refused(DeskRefusal.NotFound), false);
            }
            if (TipOffWorkflow.IsClosed(report.Status))
            {
                return (DeskOutcome.Refused(DeskRefusal.Closed), false);
            }
            if (!TipOffWorkflow.Allows(report.Status, status!))
            {
                return (DeskOutcome.Refused(DeskRefusal.NotAllowed), false);
            }
            connection.Execute(UpdateStatus, new { id, status, now = Now(), closing = TipOffWorkflow.IsClosed(status!) }, transaction);
            var noteId = timeline.Append(connection, transaction, id, TipOffNoteKinds.Status, officer.RecordedId, status, words);
            var pushed = push.StatusChanged(connection, transaction, report, noteId, status!);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, StatusAction, oaId, Subject(id),
                Detail($"from={report.Status}; to={status}; note={noteId}", pushed));
            return (DeskOutcome.Recorded(noteId), pushed);
        }).ConfigureAwait(false);
    }

    /// <summary>An officer's note on the timeline; closed reports take notes too (what happened after the handover).</summary>
    public Task<DeskOutcome> AddNoteAsync(Officer officer, string oaId, long id, string? text)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return WriteTextAsync(officer, oaId, id, text, TipOffNoteKinds.Note, NoteAction, openOnly: false);
    }

    /// <summary>A question to the reporter: pushed to a named one, shown to an anonymous one when they follow up.</summary>
    public Task<DeskOutcome> AskAsync(Officer officer, string oaId, long id, string? question)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return WriteTextAsync(officer, oaId, id, question, TipOffNoteKinds.Question, QuestionAction, openOnly: true);
    }

    private async Task<DeskOutcome> WriteTextAsync(Officer officer, string oaId, long id, string? text, string kind, string action, bool openOnly)
    {
        if (Clean(text) is not { } words)
        {
            return DeskOutcome.Refused(DeskRefusal.EmptyText);
        }
        if (words.Length > MaxTextLength)
        {
            return DeskOutcome.Refused(DeskRefusal.TextTooLong);
        }
        return await ActAsync((connection, transaction) =>
        {
            if (TipOffHeader.Find(connection, transaction, oaId, id) is not { } report)
            {
                return (DeskOutcome.Refused(DeskRefusal.NotFound), false);
            }
            if (openOnly && TipOffWorkflow.IsClosed(report.Status))
            {
                return (DeskOutcome.Refused(DeskRefusal.Closed), false);
            }
            var noteId = timeline.Append(connection, transaction, id, kind, officer.RecordedId, null, words);
            var pushed = kind == TipOffNoteKinds.Question && push.Question(connection, transaction, report, noteId, words);
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, action, oaId, Subject(id), Detail($"note={noteId}", pushed));
            return (DeskOutcome.Recorded(noteId), pushed);
        }).ConfigureAwait(false);
    }

    /// <summary>Runs the action's write, then wakes the sender when it queued a message for the reporter.</summary>
    private async Task<DeskOutcome> ActAsync(Func<SqliteConnection, SqliteTransaction, (DeskOutcome Outcome, bool Pushed)> action)
    {
        var (outcome, pushed) = await writer.WriteAsync(action).ConfigureAwait(false);
        if (pushed)
        {
            outbox.Appended.Notify();
        }
        return outcome;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Detail(FormattableString what, bool pushed) =>
        FormattableString.Invariant(what) + (pushed ? "; pushed=1" : "");
}
