using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Counts of broadcasts in progress for the console's dashboard.</summary>
/// <param name="AwaitingApproval">Drafts of an account whose notices need approval; elsewhere a draft is only a draft (or an abandoned preview).</param>
/// <param name="Scheduled">Approved or scheduled, not started.</param>
/// <param name="Sending">Sending or paused part-way.</param>
public sealed record BroadcastCounts(int AwaitingApproval, int Scheduled, int Sending)
{
    private const string SelectByStatus = """
        SELECT status, COUNT(*)
        FROM broadcasts
        WHERE oa_id = @oaId AND status IN @open
        GROUP BY status
        """;

    public int InProgress => AwaitingApproval + Scheduled + Sending;

    public static BroadcastCounts Of(SqliteConnectionFactory connections, string oaId, bool requiresApproval)
    {
        ArgumentNullException.ThrowIfNull(connections);
        using var connection = connections.Open();
        var counts = connection.Query<(string Status, long Count)>(SelectByStatus, new { oaId, open = BroadcastStatus.Open })
            .ToDictionary(r => r.Status, r => (int)r.Count, StringComparer.Ordinal);
        int Count(params string[] statuses) => statuses.Sum(s => counts.GetValueOrDefault(s));
        return new BroadcastCounts(
            requiresApproval ? Count(BroadcastStatus.Draft) : 0,
            Count(BroadcastStatus.Approved, BroadcastStatus.Scheduled),
            Count(BroadcastStatus.Sending, BroadcastStatus.Paused));
    }
}
