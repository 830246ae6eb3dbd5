using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.TipOffs;

/// <summary>Counts of tip-offs for the console's dashboard: numbers only, no report is decrypted.</summary>
public static class TipOffCounts
{
    private const string SelectNew = "SELECT COUNT(*) FROM tipoffs WHERE oa_id = @oaId AND status = @status";

    /// <summary>Reports of the account nobody has started on yet (status new).</summary>
    public static int New(SqliteConnectionFactory connections, string oaId)
    {
        ArgumentNullException.ThrowIfNull(connections);
        using var connection = connections.Open();
        return connection.ExecuteScalar<int>(SelectNew, new { oaId, status = TipOffStatus.New });
    }
}
