using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversations;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>Welcome, menu, router: what a resident meets with no flow open.</summary>
public sealed class FrontDoorTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = SampleHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task FollowIsWelcomedWithTheNumberedMenu() =>
        await _harness.Resident().Follow()
            .AssertReplyContains("Xin chào", "1. Đăng ký mẫu", "2. Báo tin mẫu", "Hỏi thủ tục hành chính", "Tra cứu kết quả hồ sơ", "Gặp cán bộ")
            .AssertNoReply();

    [Fact]
    public async Task FirstOpeningOfTheChatIsWelcomed() =>
        await _harness.Resident().StartChat().AssertReplyContains("Xin chào", "Gặp cán bộ");

    [Theory]
    [InlineData("xin chào")]
    [InlineData("xin chao")]
    [InlineData("Chào ad")]
    [InlineData("alo")]
    public async Task GreetingGetsTheWelcome(string greeting) =>
        await _harness.Resident().Send(greeting).AssertReplyContains("Xin chào", "1. Đăng ký mẫu");

    [Theory]
    [InlineData("cảm ơn")]
    [InlineData("cam on")]
    [InlineData("tks")]
    public async Task ThanksAreAnsweredPolitely(string thanks) =>
        await _harness.Resident().Send(thanks).AssertReplyContains("Xin cảm ơn").AssertNoReply();

    [Theory]
    [InlineData("1")]
    [InlineData("số 1")]
    [InlineData("một")]
    [InlineData("dang ky mau")]
    [InlineData("Tôi muốn đăng ký mẫu ạ")]
    public async Task MenuNumberOrKeywordOpensTheFeature(string text) =>
        await _harness.Resident().Send(text).AssertReplyContains("Bạn cần làm thủ tục nào?", "1. Căn cước");

    [Theory]
    [InlineData("99")]
    [InlineData("asdfgh")]
    public async Task TextNobodyUnderstandsGetsAnApologyAndTheMenu(string text) =>
        await _harness.Resident().Send(text).AssertReplyContains("chưa hiểu", "Gặp cán bộ");

    [Theory]
    [InlineData("ok", "Vâng ạ")]
    [InlineData("dạ vâng", "Vâng ạ")]
    [InlineData("👍", "Vâng ạ")]
    [InlineData("🙏", "Xin cảm ơn")]
    [InlineData("em cảm ơn ạ", "Xin cảm ơn")]
    [InlineData("chào công an phường ạ", "Xin chào")]
    [InlineData("ad ơi", "Xin chào")]
    [InlineData("???", "hỏi bằng lời")]
    public async Task SmallTalkAndEmojiGetAShortPoliteReplyNeverNotUnderstood(string text, string reply) =>
        await _harness.Resident().Send(text).AssertReply(message =>
        {
            Assert.Contains(reply, message.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("chưa hiểu", message.Text, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("sổ đỏ")]
    public async Task QuestionOutsideTheCatalogueGetsARedirectAndTheMenu(string text) =>
        await _harness.Resident().Send(text).AssertReplyContains("chưa tìm thấy thủ tục", "Ủy ban nhân dân", "Gặp cán bộ");

    [Fact]
    public async Task StickerWithNothingOpenShowsTheMenu() =>
        await _harness.Resident().SendAttachment(AttachmentKind.Sticker).AssertReplyContains("1. Đăng ký mẫu");

    [Fact]
    public async Task UnfollowMarksTheResidentAndSaysNothing()
    {
        await _harness.Resident("r-unfollow").Follow().AssertReplyContains("Xin chào").Unfollow().AssertNoReply();

        var resident = _harness.Services.GetRequiredService<ResidentStore>().Find(_harness.AccountId, "r-unfollow");
        Assert.False(resident?.Following);
    }

    [Fact]
    public async Task FollowAfterUnfollowCountsAsFollowingAgain()
    {
        await _harness.Resident("r-back").Unfollow().Follow().AssertReplyContains("Xin chào");

        Assert.True(_harness.Services.GetRequiredService<ResidentStore>().Find(_harness.AccountId, "r-back")?.Following);
    }
}
