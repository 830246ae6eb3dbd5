using System.Diagnostics;
using System.Text.Json;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bench.Conversation;

/// <summary>
/// Where a turn's time goes (profiling runs): the writer's statements as SQLite timed them during the run,
/// then, on one thread with the dispatcher stopped, the reads and the JSON every turn pays for.
/// </summary>
internal sealed record Profile(
    IReadOnlyList<(string Sql, long Count, double Milliseconds)> WriterStatements,
    IReadOnlyList<(string What, double Microseconds)> SingleThread,
    IReadOnlyList<(string What, double Microseconds)> WriterPerTurn,
    int StateJsonBytes)
{
    private const int Iterations = 3000;

    private const string SelectState = """
        SELECT data, version FROM conversation_states WHERE oa_id = @oaId AND user_id = @userId
        """;

    public static Profile Measure(PipelineUnderTest pipeline, Workload workload, WriterCommits commits, StateSample sample)
    {
        var services = pipeline.Services;
        var factory = services.GetRequiredService<SqliteConnectionFactory>();
        var states = services.GetRequiredService<ConversationStateStore>();
        var handoffs = services.GetRequiredService<HandoffStore>();
        var oaId = pipeline.AccountId;
        var users = workload.Residents;
        string User(int i) => users[i % users.Count];

        var measured = new List<(string, double)>
        {
            ("SqliteConnectionFactory.Open() + Dispose (pooled, runs PRAGMA busy_timeout + synchronous)", Time(_ => factory.Open().Dispose())),
        };
        var plain = new SqliteConnectionStringBuilder { DataSource = pipeline.DatabaseFile, Pooling = true }.ToString();
        measured.Add(("the same pooled open + Dispose without the pragmas", Time(_ =>
        {
            using var connection = new SqliteConnection(plain);
            connection.Open();
        })));
        measured.Add(("ConversationStateStore.Load (open + query + JSON)", Time(i => states.Load(oaId, User(i)))));
        measured.Add(("HandoffStore.FindOpen (open + query)", Time(i => handoffs.FindOpen(oaId, User(i)))));
        using (var connection = factory.Open())
        {
            measured.Add(("state SELECT alone, Dapper (prepared per call), connection already open", Time(i =>
                connection.QuerySingleOrDefault<(string, long)?>(SelectState, new { oaId, userId = User(i) }))));
            using var command = connection.CreateCommand();
            command.CommandText = SelectState;
            command.Parameters.AddWithValue("@oaId", oaId);
            var user = command.Parameters.AddWithValue("@userId", "");
            command.Prepare();
            measured.Add(("state SELECT alone, one prepared command reused", Time(i =>
            {
                user.Value = User(i);
                using var reader = command.ExecuteReader();
                reader.Read();
            })));
        }
        var json = sample.Json;
        measured.Add(("JsonSerializer.Deserialize<ConversationState> (largest state of the run)", Time(_ => JsonSerializer.Deserialize<ConversationState>(json))));
        var state = JsonSerializer.Deserialize<ConversationState>(json)!;
        measured.Add(("JsonSerializer.Serialize(ConversationState) (same state)", Time(_ => JsonSerializer.Serialize(state))));
        var replay = WriterReplay.Measure(pipeline, workload, json);
        return new Profile(commits.Statements(), measured, replay, System.Text.Encoding.UTF8.GetByteCount(json));
    }

    /// <summary>Microseconds per call, after a warm-up of the same calls.</summary>
    private static double Time(Action<int> call)
    {
        for (var i = 0; i < Iterations / 5; i++)
        {
            call(i);
        }
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Iterations; i++)
        {
            call(i);
        }
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / Iterations;
    }
}
