using ChatAssistant.Features.Surveys;

namespace ChatAssistant.Tests.Features.Surveys;

public sealed class SurveyStoreTests : IAsyncDisposable
{
    private const string Oa = "oa-1";
    private readonly TestDatabase _database = TestDatabase.Create();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task AnswerAsync(long appointment, string service, int rating, DateTimeOffset at, string oaId = Oa) =>
        await _database.Writer.WriteAsync((connection, transaction) =>
        {
            SurveyStore.RecordAsked(connection, transaction, oaId, "u" + appointment, new SurveySubject(appointment, service, service), at);
            SurveyStore.RecordAnswer(connection, transaction, oaId, appointment, rating, null, at);
        });

    [Fact]
    public async Task IndexIsPerServiceAndVietnameseMonthWithTheShareOfFoursAndFives()
    {
        // 2026-11-30 17:30 UTC is 2026-12-01 00:30 in Vietnam: December.
        await AnswerAsync(1, "can-cuoc-cap-lan-dau", 5, new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero));
        await AnswerAsync(2, "can-cuoc-cap-lan-dau", 3, new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));
        await AnswerAsync(3, "can-cuoc-cap-lan-dau", 4, new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.Zero));
        await AnswerAsync(4, "tam-tru-dang-ky", 2, new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero));
        await AnswerAsync(5, "tam-tru-dang-ky", 5, new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero), oaId: "another-oa");
        var store = new SurveyStore(_database.Connections);

        var rows = store.Index(Oa, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [
                new SatisfactionRow("can-cuoc-cap-lan-dau", "2026-11", 2, 4.0, 50.0),
                new SatisfactionRow("tam-tru-dang-ky", "2026-11", 1, 2.0, 0.0),
                new SatisfactionRow("can-cuoc-cap-lan-dau", "2026-12", 1, 4.0, 100.0),
            ],
            rows);
    }

    [Fact]
    public async Task AnAppointmentIsAskedAboutOnceAndAnsweredOnce()
    {
        var at = new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero);
        await AnswerAsync(7, "xe-dang-ky", 2, at);
        await AnswerAsync(7, "xe-dang-ky", 5, at.AddDays(1));

        var row = new SurveyStore(_database.Connections).Find(Oa, 7);

        Assert.Equal(("answered", (int?)2, (string?)null), row);
    }

    [Fact]
    public async Task UnansweredQuestionsDoNotCount()
    {
        var at = new DateTimeOffset(2026, 11, 10, 3, 0, 0, TimeSpan.Zero);
        await _database.Writer.WriteAsync((connection, transaction) =>
            SurveyStore.RecordAsked(connection, transaction, Oa, "u9", new SurveySubject(9, "xe-dang-ky", "Đăng ký xe"), at, skipped: true));

        Assert.Empty(new SurveyStore(_database.Connections).Index(Oa, at.AddDays(-1), at.AddDays(1)));
        Assert.Equal("skipped", new SurveyStore(_database.Connections).Find(Oa, 9)?.Status);
    }
}
