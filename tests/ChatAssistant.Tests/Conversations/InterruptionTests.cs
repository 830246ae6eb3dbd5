using ChatAssistant.Features.Handoffs;
using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>Menu, help, cancel and "gặp cán bộ" work the same in the middle of any flow.</summary>
public sealed class InterruptionTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = SampleHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private ConversationFlow AtTheDayQuestion(string user = "resident-1") =>
        _harness.Resident(user).Send("1").AssertReplyContains("thủ tục nào").Send("căn cước").AssertReplyContains("ngày nào");

    [Theory]
    [InlineData("giúp")]
    [InlineData("giup")]
    [InlineData("help")]
    public async Task HelpExplainsTheQuestionAndAsksItAgain(string help) =>
        await AtTheDayQuestion()
            .Send(help).AssertReplyContains("thứ 3 tuần sau").AssertReplyContains("ngày nào")
            .Send("mai").AssertReplyContains("Mấy giờ?");

    [Theory]
    [InlineData("huỷ")]
    [InlineData("hủy")]
    [InlineData("huy")]
    public async Task CancelEndsTheFlowAndTheNextMessageIsFresh(string cancel) =>
        await AtTheDayQuestion()
            .Send(cancel).AssertReplyContains("Đã hủy").AssertNoReply()
            .Send("2").AssertReplyContains("xảy ra ở đâu").Send("Số 1 Tràng Tiền").AssertReplyContains("Gửi ảnh");

    [Fact]
    public async Task MenuBeforeAnyAnswerLeavesAtOnce() =>
        await _harness.Resident().Send("1").AssertReplyContains("thủ tục nào")
            .Send("menu").AssertReplyContains("1. Đăng ký mẫu").AssertNoReply();

    [Fact]
    public async Task MenuAfterAnswersAsksFirstAndStaysWhenTheResidentSaysNo() =>
        await AtTheDayQuestion()
            .Send("trở về").AssertReplyContains("có muốn về menu chính")
            .Send("không").AssertReplyContains("tiếp tục").AssertReplyContains("ngày nào")
            .Send("mai").AssertReplyContains("Mấy giờ?");

    [Fact]
    public async Task MenuAfterAnswersLeavesWhenConfirmed() =>
        await AtTheDayQuestion()
            .Send("menu").AssertReplyContains("có muốn về menu chính")
            .Send("có").AssertReplyContains("1. Đăng ký mẫu")
            .Send("mai").AssertReplyContains("chưa hiểu");

    [Fact]
    public async Task OfficerRequestHandsOffAndTheBotOnlyAcknowledgesWhatItCannotAnswerUntilMenu()
    {
        await AtTheDayQuestion("r-officer")
            .Send("gặp cán bộ").AssertReplyContains("Cán bộ sẽ trả lời")
            .Send("alo").AssertReplyContains("đã nhận được tin nhắn").AssertNoReply()
            .Send("1").AssertReplyContains("đã nhận được tin nhắn").AssertNoReply();

        var handoffs = _harness.Services.GetRequiredService<HandoffStore>();
        Assert.NotNull(handoffs.FindOpen(_harness.AccountId, "r-officer"));

        await _harness.Resident("r-officer").Send("menu").AssertReplyContains("kết thúc trao đổi", "1. Đăng ký mẫu")
            .Send("1").AssertReplyContains("thủ tục nào");
        Assert.Null(handoffs.FindOpen(_harness.AccountId, "r-officer"));
    }

    [Fact]
    public async Task HandoffThatTimesOutGivesTheResidentBackToTheBot()
    {
        await _harness.Resident("r-timeout").Send("gap can bo").AssertReplyContains("Cán bộ sẽ trả lời")
            .Wait(TimeSpan.FromHours(5))
            .Send("1").AssertReplyContains("chưa thể trả lời").AssertReplyContains("thủ tục nào");
    }

    [Fact]
    public async Task AHandoffThatTimedOutIsRecordedClosedWhenItExpiredNotWhenTheResidentNextWrote()
    {
        await _harness.Resident("r-expired").Send("gap can bo").AssertReplyContains("Cán bộ sẽ trả lời");
        var handoffs = _harness.Services.GetRequiredService<HandoffStore>();
        var expires = handoffs.ExpiresAt(handoffs.FindOpen(_harness.AccountId, "r-expired")!);

        await _harness.Resident("r-expired").Wait(TimeSpan.FromHours(9)).Send("1").AssertReplyContains("chưa thể trả lời");

        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        Assert.Equal((expires.ToUnixTimeMilliseconds(), "timeout"),
            connection.QuerySingle<(long, string)>("SELECT closed_at, close_reason FROM handoffs WHERE user_id = 'r-expired'"));
    }
}
