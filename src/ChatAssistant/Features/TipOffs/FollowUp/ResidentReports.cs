using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Storage;
using Dapper;

namespace ChatAssistant.Features.TipOffs.FollowUp;

/// <summary>The reports a named resident sent, found by their user id: anonymous reports have none, so never appear.</summary>
public sealed class ResidentReports(SqliteConnectionFactory connections, TipOffTimeline timeline)
{
    /// <summary>How many of their latest reports a resident picks from.</summary>
    public const int Shown = 5;

    private const string SelectMine = """
        SELECT id, category, status, anonymous, created_at AS CreatedAt
        FROM tipoffs
        WHERE oa_id = @oaId AND user_id = @userId AND anonymous = 0
        ORDER BY id DESC
        LIMIT @limit
        """;

    public IReadOnlyList<ResidentReport> List(string oaId, string userId)
    {
        using var connection = connections.Open();
        return [.. connection.Query<Row>(SelectMine, new { oaId, userId, limit = Shown }).Select(r => r.ToReport())];
    }

    private const string SelectOne = """
        SELECT id, category, status, anonymous, created_at AS CreatedAt
        FROM tipoffs
        WHERE oa_id = @oaId AND id = @id
        """;

    /// <summary>The report's plain state, by id: the dialog keeps nothing else between turns.</summary>
    public ResidentReport? Find(string oaId, long id)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<Row>(SelectOne, new { oaId, id })?.ToReport();
    }

    /// <summary>The latest question officers asked that the reporter has not answered; null when none waits.</summary>
    public TipOffNote? OpenQuestion(long id)
    {
        using var connection = connections.Open();
        return timeline.OpenQuestion(connection, null, id);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Category { get; init; } = "";
        public string Status { get; init; } = "";
        public bool Anonymous { get; init; }
        public long CreatedAt { get; init; }

        public ResidentReport ToReport() => new(Id, Category, Status, Anonymous, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt));
    }
}
