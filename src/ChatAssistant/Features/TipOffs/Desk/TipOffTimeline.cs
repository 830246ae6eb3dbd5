using ChatAssistant.Conversations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The tipoff_notes table: a report's timeline, each text sealed to its own row.</summary>
public sealed class TipOffTimeline(TipOffCipher cipher, TimeProvider clock)
{
    // The id is part of the associated data, so the row is inserted first and sealed once its id is known (as TipOffStore does).
    private const string Insert = """
        INSERT INTO tipoff_notes (tipoff_id, kind, officer_id, status, body_cipher, created_at)
        VALUES (@tipOffId, @kind, @officerId, @status, NULL, @now)
        RETURNING id
        """;

    private const string Seal = "UPDATE tipoff_notes SET body_cipher = @bodyCipher WHERE id = @id";

    /// <summary>Appends an entry inside the caller's transaction; returns its id.</summary>
    public long Append(
        SqliteConnection connection, SqliteTransaction transaction, long tipOffId, string kind, long? officerId, string? status, string? body)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var id = connection.ExecuteScalar<long>(Insert,
            new { tipOffId, kind, officerId, status, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
        if (body is not null)
        {
            connection.Execute(Seal, new { id, bodyCipher = cipher.Encrypt(body, Context(id)) }, transaction);
        }
        return id;
    }

    private const string SelectAll = """
        SELECT id, kind, officer_id AS OfficerId, status, body_cipher AS BodyCipher, created_at AS CreatedAt, answered_at AS AnsweredAt
        FROM tipoff_notes
        WHERE tipoff_id = @tipOffId
        ORDER BY id
        """;

    /// <summary>The whole timeline, oldest first, decrypted.</summary>
    public IReadOnlyList<TipOffNote> Read(SqliteConnection connection, SqliteTransaction? transaction, long tipOffId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return [.. connection.Query<Row>(SelectAll, new { tipOffId }, transaction).Select(Open)];
    }

    private const string SelectOpenQuestion = """
        SELECT id, kind, officer_id AS OfficerId, status, body_cipher AS BodyCipher, created_at AS CreatedAt, answered_at AS AnsweredAt
        FROM tipoff_notes
        WHERE tipoff_id = @tipOffId AND kind = 'question' AND answered_at IS NULL
        ORDER BY id DESC
        LIMIT 1
        """;

    /// <summary>The latest question the reporter has not answered; null when none waits.</summary>
    public TipOffNote? OpenQuestion(SqliteConnection connection, SqliteTransaction? transaction, long tipOffId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.QuerySingleOrDefault<Row>(SelectOpenQuestion, new { tipOffId }, transaction) is { } row ? Open(row) : null;
    }

    private const string UpdateAnswered = """
        UPDATE tipoff_notes SET answered_at = @now
        WHERE id = @questionId AND tipoff_id = @tipOffId AND kind = 'question' AND answered_at IS NULL
        """;

    /// <summary>Stores the reporter's answer and marks the question answered; false when it was answered meanwhile.</summary>
    /// <param name="coarse">An anonymous reporter's answer: its times are kept to the hour, so they cannot be matched to the
    /// moment the resident last wrote.</param>
    public bool Answer(SqliteConnection connection, SqliteTransaction transaction, long tipOffId, long questionId, string answer, bool coarse = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (coarse)
        {
            // To the hour, but never before the question: the officer asked it, so its time says nothing of the resident.
            var asked = connection.ExecuteScalar<long>("SELECT created_at FROM tipoff_notes WHERE id = @questionId", new { questionId }, transaction);
            now = Math.Max(FlowTraces.ToTheHour(clock.GetUtcNow()).ToUnixTimeMilliseconds(), asked);
        }
        if (connection.Execute(UpdateAnswered, new { tipOffId, questionId, now }, transaction) == 0)
        {
            return false;
        }
        var noteId = Append(connection, transaction, tipOffId, TipOffNoteKinds.Answer, officerId: null, status: null, answer);
        if (coarse)
        {
            connection.Execute("UPDATE tipoff_notes SET created_at = @now WHERE id = @noteId", new { now, noteId }, transaction);
        }
        return true;
    }

    /// <summary>Binds a note's sealed text to its row.</summary>
    public static string Context(long noteId) => $"tipoff-note:{noteId}";

    private TipOffNote Open(Row row) => new(
        row.Id, row.Kind, row.OfficerId, row.Status,
        row.BodyCipher is { Length: > 0 } body ? cipher.DecryptString(body, Context(row.Id)) : null,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAt),
        row.AnsweredAt is { } answered ? DateTimeOffset.FromUnixTimeMilliseconds(answered) : null);

    private sealed class Row
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public long? OfficerId { get; init; }
        public string? Status { get; init; }
        public byte[]? BodyCipher { get; init; }
        public long CreatedAt { get; init; }
        public long? AnsweredAt { get; init; }
    }
}
