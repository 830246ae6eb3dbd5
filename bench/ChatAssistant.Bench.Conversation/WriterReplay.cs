using System.Diagnostics;
using System.Text.Json;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversations;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using ChatAssistant.Storage;
using ChatAssistant.Transcripts;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// A turn's writes replayed on one thread and one connection, as the writer runs them in a batch, each
/// call timed on its own: which part of the single writer's time each write takes, without the
/// contention of a run. Then the same writes with the statements prepared once, which is what the
/// hottest writes already do (<see cref="PreparedStatements"/>).
/// </summary>
internal static class WriterReplay
{
    private const int TurnsPerBatch = 16;
    private const int Batches = 200;

    // Copies of the service's statements (ConversationStateStore, ResidentStore, TranscriptStore), to run them prepared.
    // Each is marked as the replay's own: PreparedStatements caches commands by SQL text and binds values by
    // position, so sharing a text with a service call that lists its parameters in another order would bind
    // them to the wrong names.
    private const string UpdateState = """
        -- bench replay
        UPDATE conversation_states
        SET data = @data, version = @version, private_entry = NULL
        WHERE oa_id = @oaId AND user_id = @userId AND version = @expectedVersion
        """;

    private const string UpsertInteraction = """
        -- bench replay
        INSERT INTO residents (oa_id, user_id, following, last_interaction_at, updated_at)
        VALUES (@oaId, @userId, COALESCE(@following, 1), @now, @now)
        ON CONFLICT (oa_id, user_id) DO UPDATE SET
            following = COALESCE(@following, following),
            last_interaction_at = CASE WHEN @interacted THEN @now ELSE last_interaction_at END,
            updated_at = @now
        """;

    private const string InsertEntry = """
        -- bench replay
        INSERT INTO transcript_entries (oa_id, user_id, direction, text, officer_id, created_at)
        VALUES (@oaId, @userId, @direction, @text, @officerId, @now)
        RETURNING id
        """;

    public static IReadOnlyList<(string What, double Microseconds)> Measure(PipelineUnderTest pipeline, Workload workload, string stateJson)
    {
        var services = pipeline.Services;
        var residents = services.GetRequiredService<ResidentStore>();
        var transcripts = services.GetRequiredService<TranscriptStore>();
        var outbox = services.GetRequiredService<MessageOutbox>();
        var inbox = services.GetRequiredService<MessageInbox>();
        var oaId = pipeline.AccountId;
        using var connection = services.GetRequiredService<SqliteConnectionFactory>().Open();
        var versions = connection.Query<(string UserId, long Version)>(
            "SELECT user_id AS UserId, version AS Version FROM conversation_states WHERE oa_id = @oaId", new { oaId })
            .ToDictionary(s => s.UserId, s => s.Version, StringComparer.Ordinal);
        var state = JsonSerializer.Deserialize<ConversationState>(stateJson) ?? new ConversationState();
        var reply = OutboundMessage.FromText(BenchContent.Texts[BenchContent.AskTime]);
        var time = new Dictionary<string, long>(StringComparer.Ordinal);
        var turn = 0;

        void Timed(string what, Action write)
        {
            var start = Stopwatch.GetTimestamp();
            write();
            time[what] = time.GetValueOrDefault(what) + (Stopwatch.GetTimestamp() - start);
        }

        for (var batch = 0; batch < Batches * 2; batch++)
        {
            // The first half warms up (and fills the statement caches); only the second half is timed.
            if (batch == Batches)
            {
                time.Clear();
            }
            using var transaction = connection.BeginTransaction();
            for (var i = 0; i < TurnsPerBatch; i++, turn++)
            {
                var user = workload.Residents[turn % workload.Residents.Count];
                var version = versions[user];
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                // As the service writes a turn today.
                Timed("conversation state: ConversationStateStore.Save (JSON + prepared UPDATE)",
                    () => version = ConversationStateStore.Save(connection, transaction, oaId, user, new StoredConversation(state, version)));
                Timed("resident: ResidentStore.Record (Dapper upsert)",
                    () => residents.Record(connection, transaction, oaId, user, interacted: true, following: null));
                Timed("transcript: 2 × TranscriptStore.Append (redaction + Dapper INSERT … RETURNING)", () =>
                {
                    transcripts.Append(connection, transaction, oaId, user, TranscriptDirections.In, "8h30");
                    transcripts.Append(connection, transaction, oaId, user, TranscriptDirections.Out, reply.Text);
                });
                Timed("reply: MessageOutbox.AppendOutgoing (split + JSON + prepared INSERT)",
                    () => outbox.AppendOutgoing(connection, transaction, oaId, user, $"replay:{turn}", [reply]));
                Timed("inbox: MessageInbox.MarkIncomingHandled (prepared UPDATE)",
                    () => MessageInbox.MarkIncomingHandled(connection, transaction, 1 + (turn % workload.Turns)));

                // The same three Dapper writes with their statements prepared once on the connection.
                versions[user] = version + 1;
                Timed("alternative: state UPDATE, JSON serialized before, statement prepared once", () =>
                    connection.ExecutePrepared(transaction, UpdateState,
                        ("data", stateJson), ("version", version + 1), ("oaId", oaId), ("userId", user), ("expectedVersion", version)));
                Timed("alternative: resident upsert, statement prepared once", () =>
                    connection.ExecutePrepared(transaction, UpsertInteraction,
                        ("oaId", oaId), ("userId", user), ("following", null), ("now", now), ("interacted", true)));
                Timed("alternative: 2 transcript INSERTs, redacted before, statement prepared once", () =>
                {
                    connection.ScalarPrepared(transaction, InsertEntry,
                        ("oaId", oaId), ("userId", user), ("direction", "in"), ("text", "8h30"), ("officerId", null), ("now", now));
                    connection.ScalarPrepared(transaction, InsertEntry,
                        ("oaId", oaId), ("userId", user), ("direction", "out"), ("text", reply.Text), ("officerId", null), ("now", now));
                });
            }
            Timed("COMMIT of a batch of 16 turns, divided by 16", transaction.Commit);
        }
        var turns = Batches * TurnsPerBatch;
        return [.. time.Select(t => (t.Key, t.Value * 1e6 / Stopwatch.Frequency / turns))];
    }
}
