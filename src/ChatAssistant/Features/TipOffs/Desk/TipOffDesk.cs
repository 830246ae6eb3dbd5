using System.Globalization;
using ChatAssistant.Features.Officers;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The officers' tip-off inbox: the list, one report opened (audited), the workflow, questions, the handover.</summary>
/// <remarks>
/// The list decrypts nothing: a report's words are revealed only by opening it, and each opening is an audit
/// row written before the words are read. Every action is one writer transaction with its timeline entry,
/// its audit row and, for a named reporter, its outbox message. Audit details carry ids and codes, never text.
/// </remarks>
public sealed partial class TipOffDesk(
    SqliteConnectionFactory connections,
    SqliteWriter writer,
    TipOffStore store,
    TipOffTimeline timeline,
    TipOffEvidenceList evidence,
    TipOffPush push,
    MessageOutbox outbox,
    AuditLog audit,
    TimeProvider clock)
{
    public const string ViewAction = "tipoff.view";
    public const string ExportAction = "tipoff.export";
    public const string AssignAction = "tipoff.assign";
    public const string StatusAction = "tipoff.status";
    public const string NoteAction = "tipoff.note";
    public const string QuestionAction = "tipoff.question";

    /// <summary>Zalo refuses longer texts, and a question must fit one message.</summary>
    public const int MaxTextLength = 2000;

    private const string SelectPage = """
        SELECT t.id, t.category, t.status, t.anonymous, t.created_at AS CreatedAt, t.occurred_at AS OccurredAt,
               t.assigned_officer_id AS AssignedOfficerId,
               (SELECT count(*) FROM tipoff_evidence e WHERE e.tipoff_id = t.id) AS EvidenceCount,
               (SELECT count(*) FROM tipoff_evidence e WHERE e.tipoff_id = t.id AND e.status = 'stored') AS EvidenceStored,
               EXISTS (SELECT 1 FROM tipoff_notes n WHERE n.tipoff_id = t.id AND n.kind = 'question' AND n.answered_at IS NULL) AS HasOpenQuestion
        FROM tipoffs t
        WHERE t.oa_id = @oaId
          AND (@status IS NULL OR t.status = @status)
          AND (@category IS NULL OR t.category = @category)
          AND (@from IS NULL OR t.created_at >= @from)
          AND (@to IS NULL OR t.created_at < @to)
          AND (@before IS NULL OR t.id < @before)
        ORDER BY t.id DESC
        LIMIT @limit
        """;

    /// <summary>The account's reports, newest first, without their words.</summary>
    public IReadOnlyList<TipOffSummary> List(string oaId, TipOffListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = connections.Open();
        return [.. connection.Query<SummaryRow>(SelectPage, new
        {
            oaId,
            status = query.Status,
            category = query.Category,
            from = query.From?.ToUnixTimeMilliseconds(),
            to = query.To?.ToUnixTimeMilliseconds(),
            before = query.Before,
            limit = Math.Clamp(query.Limit, 1, TipOffListQuery.MaxLimit),
        }).Select(r => new TipOffSummary(
            r.Id, r.Category, r.Status, r.Anonymous, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt),
            r.OccurredAt is { } occurred ? DateTimeOffset.FromUnixTimeMilliseconds(occurred) : null,
            r.AssignedOfficerId, r.EvidenceCount, r.EvidenceStored, r.HasOpenQuestion))];
    }

    /// <summary>The report with its timeline and evidence, after recording who opened it; null when the account has no such report.</summary>
    public async Task<TipOffCase?> OpenAsync(Officer officer, string oaId, long id) =>
        await RecordAccessAsync(officer, oaId, id, ViewAction).ConfigureAwait(false) ? Read(oaId, id) : null;

    /// <summary>The handover document of one report, after recording the export; null when the account has no such report.</summary>
    public async Task<TipOffHandover?> ExportAsync(Officer officer, string oaId, long id)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return await RecordAccessAsync(officer, oaId, id, ExportAction).ConfigureAwait(false) && Read(oaId, id) is { } opened
            ? new TipOffHandover(TipOffHandover.CurrentFormat, clock.GetUtcNow(), officer.RecordedId, officer.Name, opened)
            : null;
    }

    /// <summary>The audit row commits before any word is decrypted: a reveal that is not recorded cannot happen.</summary>
    private Task<bool> RecordAccessAsync(Officer officer, string oaId, long id, string action)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return writer.WriteAsync((connection, transaction) =>
        {
            if (TipOffHeader.Find(connection, transaction, oaId, id) is null)
            {
                return false;
            }
            audit.Write(connection, transaction, officer.RecordedId, officer.Name, action, oaId, Subject(id), detail: null);
            return true;
        });
    }

    private TipOffCase? Read(string oaId, long id)
    {
        if (store.Find(oaId, id) is not { } report)
        {
            return null;
        }
        using var connection = connections.Open();
        var header = TipOffHeader.Find(connection, null, oaId, id);
        return new TipOffCase(report, header?.AssignedOfficerId, timeline.Read(connection, null, id), evidence.Read(connection, null, id));
    }

    private static string Subject(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class SummaryRow
    {
        public long Id { get; init; }
        public string Category { get; init; } = "";
        public string Status { get; init; } = "";
        public bool Anonymous { get; init; }
        public long CreatedAt { get; init; }
        public long? OccurredAt { get; init; }
        public long? AssignedOfficerId { get; init; }
        public int EvidenceCount { get; init; }
        public int EvidenceStored { get; init; }
        public bool HasOpenQuestion { get; init; }
    }
}
