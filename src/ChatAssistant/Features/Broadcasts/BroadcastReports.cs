using ChatAssistant.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Reads a notice's report from its recipients and its outbox rows.</summary>
public sealed class BroadcastReports(BroadcastStore store, SqliteConnectionFactory connections, IOptions<BroadcastOptions> options, TimeProvider clock)
{
    private const string SelectTally = """
        SELECT status, COALESCE(reason, '') AS reason, COUNT(*) AS count
        FROM broadcast_recipients WHERE broadcast_id = @id
        GROUP BY status, reason
        """;

    private const string CountResent = """
        SELECT COUNT(DISTINCT user_id) FROM outbox_messages
        WHERE idempotency_key >= @prefix AND idempotency_key < @end AND resent_after_crash = 1
        """;

    /// <summary>The report of notice <paramref name="id"/> of account <paramref name="oaId"/>; null when there is none.</summary>
    public BroadcastReport? Find(string oaId, long id) =>
        store.Find(id) is { } broadcast && broadcast.OaId == oaId ? Of(broadcast) : null;

    /// <summary>The report of a notice already read (a page that has it need not read it again).</summary>
    public BroadcastReport Of(Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var id = broadcast.Id;
        using var connection = connections.Open();
        var tally = connection.Query<(string Status, string Reason, long Count)>(SelectTally, new { id }).AsList();
        var resent = connection.ExecuteScalar<long>(CountResent, new { prefix = BroadcastKeys.Prefix(id), end = BroadcastKeys.End(id) });
        return Build(broadcast, tally, resent);
    }

    private BroadcastReport Build(Broadcast b, List<(string Status, string Reason, long Count)> tally, long resent)
    {
        long Total(string status) => tally.Where(t => t.Status == status).Sum(t => t.Count);
        IReadOnlyDictionary<string, long> ByReason(string status) =>
            tally.Where(t => t.Status == status).ToDictionary(t => t.Reason, t => t.Count, StringComparer.Ordinal);

        var targeted = b.Targeted ?? 0;
        var open = Total(RecipientStatus.Pending) + Total(RecipientStatus.Queued);
        var progress = targeted == 0
            ? b.Status is BroadcastStatus.Sent ? 100 : 0
            : Math.Round(100.0 * (targeted - open) / targeted, 1);
        var now = clock.GetUtcNow();
        var held = b.Status == BroadcastStatus.Sending && !b.IsUrgent ? QuietHours.From(options.Value).EndAfter(now) : null;
        return new BroadcastReport(
            b.Id, b.OaId, b.Title, b.Category, b.IsUrgent, b.Status,
            Time(b.SendAt), DateTimeOffset.FromUnixTimeMilliseconds(b.CreatedAt), Time(b.StartedAt), Time(b.FinishedAt),
            b.CreatedBy, b.ApprovedBy,
            targeted, b.OutOfWindow ?? 0, Total(RecipientStatus.Pending), Total(RecipientStatus.Queued), Total(RecipientStatus.Sent),
            Total(RecipientStatus.Failed), ByReason(RecipientStatus.Failed),
            Total(RecipientStatus.Skipped), ByReason(RecipientStatus.Skipped),
            resent, progress, held);
    }

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
