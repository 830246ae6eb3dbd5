using ChatAssistant.Features.Followers;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Followers;

/// <summary>An account that lists no groups in dialogs/followers.yaml: residents type theirs, stored as typed.</summary>
public sealed class TypedPlaceTests : IAsyncLifetime
{
    private readonly ConversationHarness _harness = ConversationHarness.Create(
        settings: new Dictionary<string, string?> { ["Development:OaId"] = "oa-without-a-list" });

    private IReadOnlyList<FollowerTag> Tags => _harness.Services.GetRequiredService<FollowerRegistry>().Find(_harness.AccountId, "resident-1")?.Tags ?? [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AnyGroupIsStoredAsTypedWithItsTagFolded()
    {
        await _harness.Resident().Send("tổ dân phố").AssertReplyContains("Bạn gõ tên, ví dụ \"tổ 5\" hoặc \"thôn Đông\"")
            .Send("Thôn Bắc Sơn ạ").AssertReplyContains("đã ghi nhận bạn ở Thôn Bắc Sơn");

        Assert.Equal([new FollowerTag("thon bac son", "Thôn Bắc Sơn", FollowerTag.ResidentSource)], Tags);
    }

    [Fact]
    public async Task EverySpellingOfANumberedGroupIsOneTag()
    {
        await _harness.Resident().Send("đổi tổ dân phố").AssertReplyContains("Bạn gõ tên")
            .Send("TDP số 07").AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 7");

        Assert.Equal([new FollowerTag("to dan pho 7", "Tổ dân phố 7", FollowerTag.ResidentSource)], Tags);
    }

    [Fact]
    public async Task AnswerThatIsNoGroupIsAskedAgain()
    {
        await _harness.Resident().Send("tổ dân phố").AssertReplyContains("Bạn gõ tên")
            .Send("không biết").AssertReplyContains("Xin lỗi, bạn vui lòng gõ tên tổ dân phố hoặc thôn")
            .Send("khu phố 3").AssertReplyContains("đã ghi nhận bạn ở Khu phố 3");

        Assert.Equal(["khu pho 3"], Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task StatementInFreeTextIsStoredOnlyAfterSayingWhereOneLives()
    {
        await _harness.Resident().Send("nhà tôi ở thôn Hạ").AssertReplyContains("đã ghi nhận bạn ở Thôn Hạ")
            .Send("bản đồ").AssertReply(reply => Assert.DoesNotContain("đã ghi nhận", reply.Text, StringComparison.Ordinal));

        Assert.Equal(["thon ha"], Tags.Select(t => t.Tag));
    }

    [Theory]
    [InlineData("Tôi ở thôn 3 bị mất xe máy")]
    [InlineData("nhà tôi ở tổ 5 có người đánh bạc")]
    public async Task AReportThatBeginsWithWhereOneLivesIsNotTakenForAPlace(string text)
    {
        await _harness.Resident().Send(text).AssertReply(reply => Assert.DoesNotContain("đã ghi nhận bạn ở", reply.Text, StringComparison.Ordinal));

        Assert.Empty(Tags);
    }
}
