using System.Globalization;
using ChatAssistant.Features.Followers;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Followers;

/// <summary>Residents say where they live, on the repository's sample list of the development account.</summary>
public sealed class PlaceDialogTests : IAsyncLifetime
{
    private readonly ConversationHarness _harness = ConversationHarness.Create();

    private FollowerRegistry Registry => _harness.Services.GetRequiredService<FollowerRegistry>();

    /// <summary>The line's number in the main menu, wherever the features before it put it.</summary>
    private string MenuLine => (_harness.Services.GetRequiredService<MainMenu>().Entries
        .Select((entry, index) => (entry, index)).Single(e => e.entry.TitleTextKey == FollowerTexts.MenuTitle).index + 1)
        .ToString(CultureInfo.InvariantCulture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private IReadOnlyList<FollowerTag> TagsOf(string userId) => Registry.Find(_harness.AccountId, userId)?.Tags ?? [];

    [Fact]
    public async Task MenuLineListsTheGroupsAndANumberPicksOne()
    {
        await _harness.Resident().Send("menu").AssertReplyContains($"{MenuLine}. Nhận thông báo của công an")
            .Send(MenuLine).AssertReplyContains("Bạn ở tổ dân phố / thôn nào?", "1. Tổ dân phố 1", "5. Tổ dân phố 5", "7. Thôn Đông")
            .Send("5").AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 5", "đổi tổ dân phố", "tắt thông báo")
            .AssertNoReply();

        var tag = Assert.Single(TagsOf("resident-1"));
        Assert.Equal(new FollowerTag("to dan pho 5", "Tổ dân phố 5", FollowerTag.ResidentSource), tag);
    }

    [Theory]
    [InlineData("to dan pho so 5")]
    [InlineData("TDP 5")]
    [InlineData("tổ 5 ạ")]
    [InlineData("tôi ở tổ dân phố 05 phường Mẫu")]
    [InlineData("khu pho 5")]
    [InlineData("to cho mau")]
    public async Task WordsWithOrWithoutDiacriticsPickTheGroup(string answer)
    {
        await _harness.Resident().Send("tổ dân phố").AssertReplyContains("Bạn ở tổ dân phố / thôn nào?")
            .Send(answer).AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 5");

        Assert.Equal(["to dan pho 5"], TagsOf("resident-1").Select(t => t.Tag));
    }

    [Fact]
    public async Task TypoInAVillageNameStillFindsIt()
    {
        await _harness.Resident().Send("doi thon").AssertReplyContains("Bạn ở tổ dân phố / thôn nào?")
            .Send("thon dogn").AssertReplyContains("đã ghi nhận bạn ở Thôn Đông");

        Assert.Equal(["thon dong"], TagsOf("resident-1").Select(t => t.Tag));
    }

    [Fact]
    public async Task NewGroupReplacesTheOldOneAndTheQuestionSaysWhereTheResidentIs()
    {
        await _harness.Resident().Send("tôi ở tổ 2").AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 2")
            .Send("đổi tổ dân phố").AssertReplyContains("Hiện bạn đang ở Tổ dân phố 2.", "Bạn ở tổ dân phố / thôn nào?")
            .Send("tdp 6").AssertReplyContains("đã ghi nhận bạn ở Tổ dân phố 6");

        Assert.Equal(["to dan pho 6"], TagsOf("resident-1").Select(t => t.Tag));
    }

    [Fact]
    public async Task VillageIsKeptBesideTheGroupAsAnotherKind()
    {
        await _harness.Resident().Send("tôi ở tổ 2").AssertReplyContains("Tổ dân phố 2")
            .Send("tôi ở thôn tây").AssertReplyContains("đã ghi nhận bạn ở Thôn Tây");

        Assert.Equal(["thon tay", "to dan pho 2"], TagsOf("resident-1").Select(t => t.Tag));
    }

    [Fact]
    public async Task UnknownGroupIsAskedAgainThenGivenUpWithWhereToTurn()
    {
        await _harness.Resident().Send("tổ dân phố").AssertReplyContains("Bạn ở tổ dân phố / thôn nào?")
            .Send("tổ 12").AssertReplyContains("Xin lỗi, chúng tôi chưa thấy tổ dân phố / thôn đó", "1. Tổ dân phố 1")
            .Send("9").AssertReplyContains("Xin lỗi")
            .Send("khu công nghiệp").AssertReplyContains("chưa ghi nhận được", "gặp cán bộ")
            .AssertNoReply();

        Assert.Empty(TagsOf("resident-1"));
    }

    [Fact]
    public async Task ResidentMaySkipTheQuestion()
    {
        await _harness.Resident().Send(MenuLine).AssertReplyContains("Bạn ở tổ dân phố / thôn nào?")
            .Send("bỏ qua").AssertReplyContains("Khi cần, bạn nhắn \"tổ dân phố\"")
            .AssertNoReply();

        Assert.Empty(TagsOf("resident-1"));
    }

    [Fact]
    public async Task QuestionAboutAGroupIsNotTakenForWhereTheResidentLives()
    {
        await _harness.Resident().Send("tổ dân phố 5 ở đâu?").AssertReply(_ => { });

        Assert.Empty(TagsOf("resident-1"));
    }
}
