using System.Text.Json;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Surveys;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Surveys;

/// <summary>The survey after an appointment, raised on the resident's lane, answered in chat.</summary>
public sealed class SatisfactionSurveyTests : IAsyncDisposable
{
    private static readonly string Subject = JsonSerializer.Serialize(new SurveySubject(42, "can-cuoc-cap-lan-dau", "Cấp thẻ căn cước lần đầu"));

    private readonly ConversationHarness _harness = ConversationHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private (string Status, int? Rating, string? Comment)? Row =>
        _harness.Services.GetRequiredService<SurveyStore>().Find(_harness.AccountId, 42);

    [Fact]
    public async Task RatingAndCommentAreAskedAndStored()
    {
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).RaiseEvent("satisfaction-survey", Subject)
            .AssertReplyContains("Cấp thẻ căn cước lần đầu", "1. Rất không hài lòng", "5. Rất hài lòng")
            .Send("5").AssertReplyContains("góp ý")
            .Send("Cán bộ hướng dẫn rất tận tình").AssertReplyContains("Xin cảm ơn bạn đã đánh giá")
            .AssertNoReply();

        Assert.Equal(("answered", 5, "Cán bộ hướng dẫn rất tận tình"), Row);
    }

    [Fact]
    public async Task RatingByWordsAndSkippedCommentAreStored()
    {
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).RaiseEvent("satisfaction-survey", Subject).AssertReply(_ => { })
            .Send("hài lòng").AssertReplyContains("góp ý")
            .Send("bỏ qua").AssertReplyContains("Xin cảm ơn bạn đã đánh giá");

        Assert.Equal(("answered", 4, (string?)null), Row);
    }

    [Theory]
    [InlineData("5 sao", 5)]
    [InlineData("tuyệt vời ạ", 5)]
    [InlineData("rất hài lòng", 5)]
    [InlineData("tạm được", 3)]
    [InlineData("1 sao", 1)]
    public async Task RatingInTheResidentsOwnWordsIsTaken(string answer, int rating)
    {
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).RaiseEvent("satisfaction-survey", Subject).AssertReply(_ => { })
            .Send(answer).AssertReplyContains("góp ý")
            .Send("bỏ qua").AssertReplyContains("Xin cảm ơn bạn đã đánh giá");

        Assert.Equal(rating, Row?.Rating);
    }

    [Fact]
    public async Task NoRatingAfterThreeTriesEndsPolitelyAndIsRecordedAsSkipped()
    {
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).RaiseEvent("satisfaction-survey", Subject).AssertReply(_ => { })
            .Send("hmm").AssertReplyContains("từ 1 (rất không hài lòng) đến 5")
            .Send("9").AssertReplyContains("từ 1")
            .Send("không biết").AssertReplyContains("Xin cảm ơn bạn", "menu");

        Assert.Equal("skipped", Row?.Status);
    }

    [Fact]
    public async Task ResidentInTheMiddleOfAFlowIsNotInterruptedAndTheSurveyIsRecordedAsSkipped()
    {
        await _harness.Resident().Send("đặt lịch").AssertReplyContains("thủ tục nào")
            .RaiseEvent("satisfaction-survey", Subject).AssertNoReply()
            .Send("đăng ký tạm trú").AssertReplyContains("ngày nào");

        Assert.Equal("skipped", Row?.Status);
    }

    [Fact]
    public async Task ResidentInTheMiddleOfATipOffIsNotAskedAndTheSurveyReadsAsAnUnansweredInvitation()
    {
        // A resident who booked has written before; the report's own turns leave their record alone.
        await _harness.Resident().Send("xin chào").AssertReply(_ => { })
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .RaiseEvent("satisfaction-survey", Subject).AssertNoReply()
            .Send("3").AssertReplyContains("kể lại");

        // As an invitation the resident saw and never answered: not "skipped", which would say they were busy in a flow then.
        Assert.Equal(("asked", (int?)null, (string?)null), Row);
        var month = _harness.Clock.GetUtcNow();
        Assert.Empty(_harness.Services.GetRequiredService<SurveyStore>().Index(_harness.AccountId, month.AddDays(-31), month.AddDays(31)));
    }

    [Fact]
    public async Task AnswerHoursAfterTheInvitationIsStillTakenAsTheRating() =>
        // Regression: the survey began with the resident's last message hours old, and the answer found it expired.
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).Wait(TimeSpan.FromHours(5))
            .RaiseEvent("satisfaction-survey", Subject).AssertReplyContains("Nhắn số từ 1 đến 5")
            .Wait(TimeSpan.FromMinutes(10)).Send("5").AssertReplyContains("góp ý");

    [Fact]
    public async Task NumberedNextStepsDoNotCountAsBeingBusy() =>
        await _harness.Resident().Send("thủ tục").AssertReplyContains("lĩnh vực nào")
            .RaiseEvent("satisfaction-survey", Subject).AssertReplyContains("Nhắn số từ 1 đến 5")
            .Send("4").AssertReplyContains("góp ý");

    [Fact]
    public async Task ResidentSilentForMoreThanSevenDaysIsNotAskedAndTheSurveyIsRecordedAsSkipped()
    {
        await _harness.Resident().Send("xin chào").AssertReply(_ => { }).Wait(TimeSpan.FromDays(8))
            .RaiseEvent("satisfaction-survey", Subject).AssertNoReply();

        Assert.Equal("skipped", Row?.Status);
    }

    [Fact]
    public async Task TheInvitationDoesNotReopenTheSevenDayWindow()
    {
        await _harness.Resident("r-window").Send("xin chào").AssertReply(_ => { });
        var residents = _harness.Services.GetRequiredService<ResidentStore>();
        var before = residents.Find(_harness.AccountId, "r-window")?.LastInteractionAt;

        await _harness.Resident("r-window").Wait(TimeSpan.FromDays(3)).RaiseEvent("satisfaction-survey", Subject).AssertReply(_ => { });

        Assert.NotNull(before);
        Assert.Equal(before, residents.Find(_harness.AccountId, "r-window")?.LastInteractionAt);
    }
}
