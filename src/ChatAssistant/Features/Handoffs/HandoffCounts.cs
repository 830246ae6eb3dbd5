using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.Handoffs;

/// <summary>Counts of hand-offs for the console's dashboard.</summary>
public static class HandoffCounts
{
    private const string SelectOpen = """
        SELECT COUNT(*) AS Open, COALESCE(SUM(status = @waiting), 0) AS Waiting
        FROM handoffs
        WHERE oa_id = @oaId AND status <> @closed
        """;

    /// <summary>Conversations handed to officers and not released: all of them, and those no officer has answered yet.</summary>
    public static (int Open, int Waiting) Open(SqliteConnectionFactory connections, string oaId)
    {
        ArgumentNullException.ThrowIfNull(connections);
        using var connection = connections.Open();
        var (open, waiting) = connection.QuerySingle<(long Open, long Waiting)>(
            SelectOpen, new { oaId, waiting = HandoffStatus.Waiting, closed = HandoffStatus.Closed });
        return ((int)open, (int)waiting);
    }
}
