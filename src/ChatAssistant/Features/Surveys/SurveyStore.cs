using ChatAssistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Features.Surveys;

/// <summary>The survey_answers table: questions asked, answers given, and the index per service and month.</summary>
public sealed class SurveyStore(SqliteConnectionFactory connections)
{
    private const string InsertAsked = """
        INSERT INTO survey_answers (oa_id, appointment_id, user_id, service_id, status, asked_at)
        VALUES (@oaId, @appointmentId, @userId, @serviceId, @status, @now)
        ON CONFLICT (oa_id, appointment_id) DO NOTHING
        """;

    /// <summary>Records the question (or that it was skipped); an appointment is asked about once.</summary>
    public static void RecordAsked(SqliteConnection connection, SqliteTransaction transaction,
        string oaId, string userId, SurveySubject subject, DateTimeOffset now, bool skipped = false) =>
        connection.Execute(InsertAsked, new
        {
            oaId, appointmentId = subject.AppointmentId, userId, serviceId = subject.ServiceId,
            status = skipped ? "skipped" : "asked", now = now.ToUnixTimeMilliseconds(),
        }, transaction);

    private const string UpdateAnswered = """
        UPDATE survey_answers
        SET status = 'answered', rating = @rating, comment = @comment, answered_at = @now
        WHERE oa_id = @oaId AND appointment_id = @appointmentId AND status = 'asked'
        """;

    public static void RecordAnswer(SqliteConnection connection, SqliteTransaction transaction,
        string oaId, long appointmentId, int rating, string? comment, DateTimeOffset now) =>
        connection.Execute(UpdateAnswered, new { oaId, appointmentId, rating, comment, now = now.ToUnixTimeMilliseconds() }, transaction);

    private const string UpdateSkipped = """
        UPDATE survey_answers SET status = 'skipped'
        WHERE oa_id = @oaId AND appointment_id = @appointmentId AND status = 'asked'
        """;

    public static void RecordNoAnswer(SqliteConnection connection, SqliteTransaction transaction, string oaId, long appointmentId) =>
        connection.Execute(UpdateSkipped, new { oaId, appointmentId }, transaction);

    // Months in Vietnam's time (UTC+7, no daylight saving), so an answer at 23:30 on the last day counts in its month.
    private const string SelectIndex = """
        SELECT service_id AS ServiceId,
               strftime('%Y-%m', answered_at / 1000 + 7 * 3600, 'unixepoch') AS Month,
               COUNT(*) AS Responses,
               AVG(rating) AS AverageRating,
               100.0 * SUM(rating >= 4) / COUNT(*) AS SatisfiedPercent
        FROM survey_answers
        WHERE oa_id = @oaId AND status = 'answered' AND answered_at >= @from AND answered_at < @to
        GROUP BY service_id, Month
        ORDER BY Month, service_id
        """;

    /// <summary>Answers given from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), per service and month.</summary>
    public IReadOnlyList<SatisfactionRow> Index(string oaId, DateTimeOffset from, DateTimeOffset to)
    {
        using var connection = connections.Open();
        return [.. connection.Query<(string ServiceId, string Month, long Responses, double AverageRating, double SatisfiedPercent)>(
                SelectIndex, new { oaId, from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds() })
            .Select(r => new SatisfactionRow(r.ServiceId, r.Month, (int)r.Responses,
                Math.Round(r.AverageRating, 2), Math.Round(r.SatisfiedPercent, 1)))];
    }

    private const string SelectOne = """
        SELECT status, rating, comment FROM survey_answers WHERE oa_id = @oaId AND appointment_id = @appointmentId
        """;

    /// <summary>One appointment's survey row, for officers and tests; null when never asked.</summary>
    public (string Status, int? Rating, string? Comment)? Find(string oaId, long appointmentId)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<(string, long?, string?)?>(SelectOne, new { oaId, appointmentId }) is { } row
            ? (row.Item1, row.Item2 is { } rating ? (int)rating : null, row.Item3)
            : null;
    }
}
