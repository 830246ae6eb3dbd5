using ChatAssistant.Conversations;
using ChatAssistant.Features.Followers;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Followers;

/// <summary>Residents turn notices off and on in chat; nothing else in the conversation changes.</summary>
public sealed class NoticesTests : IAsyncLifetime
{
    private readonly ConversationHarness _harness = ConversationHarness.Create();

    private Follower? Find(string userId = "resident-1") =>
        _harness.Services.GetRequiredService<FollowerRegistry>().Find(_harness.AccountId, userId);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("tắt thông báo")]
    [InlineData("Không nhận thông báo nữa")]
    [InlineData("cho tôi tat thong bao nhé")]
    [InlineData("ngừng gửi thông báo")]
    public async Task NoticesOffIsConfirmedWithHowToTurnThemBackOn(string text)
    {
        await _harness.Resident().Send(text)
            .AssertReplyContains("Đã tắt thông báo", "vẫn hỏi đáp", "luôn được trả lời", "bật thông báo")
            .AssertNoReply();

        Assert.True(Find()?.NoticesOff);
    }

    [Fact]
    public async Task QuestionsAreStillAnsweredWhileNoticesAreOff()
    {
        await _harness.Resident().Send("tắt thông báo").AssertReplyContains("Đã tắt thông báo")
            .Send("đăng ký tạm trú cần gì").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "CT01");

        Assert.True(Find()?.NoticesOff);
    }

    [Fact]
    public async Task NoticesOnAgainAsksForThePlaceWhenNoneIsKnown()
    {
        await _harness.Resident().Send("tắt thông báo").AssertReplyContains("Đã tắt thông báo")
            .Send("bật thông báo").AssertReplyContains("Đã bật thông báo", "tắt thông báo", "nhắn \"tổ dân phố\"")
            .Send("tôi ở tổ 3").AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 3")
            .Send("bat lai thong bao").AssertReply(reply => Assert.DoesNotContain("nhắn \"tổ dân phố\"", reply.Text, StringComparison.Ordinal));

        Assert.False(Find()?.NoticesOff);
    }

    [Fact]
    public async Task PlaceSetWhileNoticesAreOffSaysTheyAreStillOff() =>
        await _harness.Resident().Send("tắt thông báo").AssertReplyContains("Đã tắt thông báo")
            .Send("tôi ở thôn Đông").AssertReplyContains("đã ghi nhận bạn ở Thôn Đông", "Hiện bạn đang tắt thông báo");

    [Fact]
    public async Task FirstMessageTurningNoticesOffStillCountsAsAnInteraction()
    {
        await _harness.Resident("r-first").Send("tắt thông báo").AssertReplyContains("Đã tắt thông báo");

        var follower = Find("r-first");
        Assert.NotNull(follower);
        Assert.Equal((true, true, _harness.Clock.GetUtcNow()), (follower.Following, follower.NoticesOff, follower.LastInteractionAt));
    }

    [Fact]
    public async Task QuestionAboutANoticeProcedureIsNotTakenForACommand()
    {
        await _harness.Resident().Send("thông báo lưu trú như thế nào").AssertReply(reply =>
            Assert.DoesNotContain("thông báo của Công an xã/phường", reply.Text, StringComparison.Ordinal));

        Assert.False(Find()?.NoticesOff);
    }

    [Fact]
    public async Task NoticesOffDoesNotReopenTheWindowForOthersNorTouchFollowing()
    {
        await _harness.Resident().Follow().AssertReplyContains("Xin chào")
            .Send("tắt thông báo").AssertReplyContains("Đã tắt thông báo")
            .Unfollow().AssertNoReply();

        var follower = Find();
        Assert.Equal((false, true), (follower?.Following, follower?.NoticesOff));
        Assert.True(_harness.Services.GetRequiredService<ResidentStore>().Find(_harness.AccountId, "resident-1")?.LastInteractionAt is not null);
    }
}
