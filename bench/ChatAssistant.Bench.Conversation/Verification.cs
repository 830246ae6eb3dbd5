using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bench.Conversation;

/// <summary>What the database holds after a run, checked against the script every resident followed.</summary>
internal sealed record Verification(
    int Done, int Failed, int Pending, int Residents, int ResidentsFinished, int ResidentsWithEveryTurn, int OutboxRows, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    private const string SelectStatuses = """
        SELECT status, COUNT(*) AS count
        FROM inbox_messages
        GROUP BY status
        """;

    // Each resident's newest outbox row: the answer to their last message.
    private const string SelectLastReplies = """
        SELECT id, oa_id AS OaId, user_id AS UserId, idempotency_key AS IdempotencyKey, kind, body, status, attempts,
               next_attempt_at AS NextAttemptAt, resent_after_crash AS ResentAfterCrash
        FROM outbox_messages
        WHERE id IN (SELECT MAX(id) FROM outbox_messages GROUP BY oa_id, user_id)
        """;

    // A transcript line for each message the resident sent: every turn of theirs committed.
    private const string CountResidentsWithEveryTurn = """
        SELECT COUNT(*) FROM (
            SELECT 1 FROM transcript_entries WHERE direction = 'in' GROUP BY oa_id, user_id HAVING COUNT(*) = @turns)
        """;

    public static Verification Check(SqliteConnection connection, Workload workload)
    {
        var statuses = connection.Query<(string Status, long Count)>(SelectStatuses).ToDictionary(s => s.Status, s => (int)s.Count, StringComparer.Ordinal);
        var done = statuses.GetValueOrDefault(InboxStatus.Done);
        var failed = statuses.GetValueOrDefault(InboxStatus.Failed);
        var pending = statuses.GetValueOrDefault(InboxStatus.Pending);
        var lastReplies = connection.Query<OutboxMessage>(SelectLastReplies).ToDictionary(r => r.UserId, StringComparer.Ordinal);
        var finished = workload.Residents.Count(r => lastReplies.TryGetValue(r, out var row) && MessageOutbox.ReadBody(row).Text == BenchContent.FinalReply);
        var withEveryTurn = connection.ExecuteScalar<int>(CountResidentsWithEveryTurn, new { turns = BenchContent.Script.Count });
        var outboxRows = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM outbox_messages");

        var problems = new List<string>();
        if (done != workload.Turns)
        {
            problems.Add($"{done} of {workload.Turns} inbox rows done");
        }
        if (failed > 0)
        {
            problems.Add($"{failed} inbox rows failed");
        }
        if (finished != workload.Residents.Count)
        {
            var wrong = workload.Residents.First(r => !lastReplies.TryGetValue(r, out var row) || MessageOutbox.ReadBody(row).Text != BenchContent.FinalReply);
            var got = lastReplies.TryGetValue(wrong, out var last) ? MessageOutbox.ReadBody(last).Text : "no reply";
            problems.Add($"{workload.Residents.Count - finished} residents without the completion text last (e.g. {wrong}: \"{got}\")");
        }
        if (withEveryTurn != workload.Residents.Count)
        {
            problems.Add($"{withEveryTurn} of {workload.Residents.Count} residents with a transcript line for each of their {BenchContent.Script.Count} messages");
        }
        if (outboxRows < workload.Turns)
        {
            problems.Add($"{outboxRows} outbox rows for {workload.Turns} turns");
        }
        return new Verification(done, failed, pending, workload.Residents.Count, finished, withEveryTurn, outboxRows, problems);
    }
}
