using ChatAssistant.Features.Followers;
using ChatAssistant.Features.Officers;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Followers;

/// <summary>The registry follows the conversation: follow, unfollow and every message; counts and pages for officers and notices.</summary>
public sealed class FollowerRegistryTests : IAsyncLifetime
{
    private readonly ConversationHarness _harness = ConversationHarness.Create();

    private FollowerRegistry Registry => _harness.Services.GetRequiredService<FollowerRegistry>();

    private string OaId => _harness.AccountId;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task FollowCountsAsAnInteraction()
    {
        var followedAt = _harness.Clock.GetUtcNow();
        await _harness.Resident().Follow().AssertReplyContains("Xin chào");

        var follower = Registry.Find(OaId, "resident-1");
        Assert.Equal((true, followedAt, false), (follower!.Following, follower.LastInteractionAt, follower.NoticesOff));
        Assert.Empty(follower.Tags);
    }

    [Fact]
    public async Task UnfollowKeepsTheLastInteractionAndAMessageMovesIt()
    {
        var wroteAt = _harness.Clock.GetUtcNow();
        await _harness.Resident().Send("xin chào").AssertReplyContains("Xin chào")
            .Wait(TimeSpan.FromDays(2)).Unfollow().AssertNoReply();

        Assert.Equal((false, wroteAt), (Registry.Find(OaId, "resident-1")!.Following, Registry.Find(OaId, "resident-1")!.LastInteractionAt));

        await _harness.Resident().Wait(TimeSpan.FromDays(1)).Follow().AssertReplyContains("Xin chào");
        Assert.Equal((true, wroteAt.AddDays(3)), (Registry.Find(OaId, "resident-1")!.Following, Registry.Find(OaId, "resident-1")!.LastInteractionAt));
    }

    [Fact]
    public void ResidentNeverSeenIsNotFound() => Assert.Null(Registry.Find(OaId, "nobody"));

    [Fact]
    public async Task CountsTellFollowingWithinTheWindowNoticesOffAndReachable()
    {
        await _harness.Resident("r-old").Send("tôi ở tổ 5").AssertReplyContains("Tổ dân phố 5");
        await _harness.Resident("r-gone").Send("tôi ở tổ 5").AssertReplyContains("Tổ dân phố 5").Unfollow();
        _harness.Clock.Advance(TimeSpan.FromDays(8));
        await _harness.Resident("r-quiet").Send("TDP 5").AssertReplyContains("Tổ dân phố 5").Send("tắt thông báo").AssertReplyContains("Đã tắt");
        await _harness.Resident("r-near").Send("tôi ở tổ 5").AssertReplyContains("Tổ dân phố 5");
        await _harness.Resident("r-elsewhere").Send("tôi ở tổ 6").AssertReplyContains("Tổ dân phố 6");

        Assert.Equal(new FollowerCounts(Residents: 4, Following: 3, WithinWindow: 2, NoticesOff: 1, Reachable: 1), Registry.Count(OaId, "to dan pho 5"));
        Assert.Equal(new FollowerCounts(Residents: 5, Following: 4, WithinWindow: 3, NoticesOff: 1, Reachable: 2), Registry.Count(OaId, null));
        Assert.Equal(new FollowerCounts(0, 0, 0, 0, 0), Registry.Count("another-oa", null));
    }

    [Fact]
    public async Task TagsAreCountedWithTheAccountsNamesAndOfficersLabels()
    {
        await _harness.Resident("r-1").Send("tôi ở tổ 5").AssertReplyContains("Tổ dân phố 5");
        await _harness.Resident("r-2").Send("to dan pho so 5").AssertReplyContains("Tổ dân phố 5").Unfollow();
        await _harness.Services.GetRequiredService<FollowerTagDesk>().ChangeAsync(Officer.Bootstrap, OaId, "Chủ nhà trọ", ["r-2", "r-stranger"], remove: false);

        Assert.Equal(
            [new TagCount("chu nha tro", "Chủ nhà trọ", 1, 0), new TagCount("to dan pho 5", "Tổ dân phố 5", 2, 1)],
            Registry.Tags(OaId));
        Assert.Empty(Registry.Tags("another-oa"));
    }

    [Fact]
    public async Task PagesRunInUserIdOrderAfterTheLastIdWithEachResidentsTags()
    {
        foreach (var userId in new[] { "u-3", "u-1", "u-2" })
        {
            await _harness.Resident(userId).Send("tôi ở thôn Đông").AssertReplyContains("Thôn Đông");
        }
        await _harness.Resident("u-2").Send("tôi ở tổ 1").AssertReplyContains("Tổ dân phố 1");

        var first = Registry.Page(OaId, tag: null, after: null, limit: 2);
        var second = Registry.Page(OaId, tag: null, after: first[^1].UserId, limit: 2);
        var ofGroup = Registry.Page(OaId, tag: "to dan pho 1", after: null, limit: 10);

        Assert.Equal(["u-1", "u-2"], first.Select(f => f.UserId));
        Assert.Equal(["u-3"], second.Select(f => f.UserId));
        Assert.Equal(["thon dong", "to dan pho 1"], first[1].Tags.Select(t => t.Tag));
        Assert.Equal(["u-2"], ofGroup.Select(f => f.UserId));
    }

    [Fact]
    public async Task OfficerLabelIsKeptWhenTheResidentChangesGroupButAnOfficersOldGroupGoes()
    {
        var desk = _harness.Services.GetRequiredService<FollowerTagDesk>();
        await _harness.Resident().Send("xin chào").AssertReplyContains("Xin chào");
        await desk.ChangeAsync(Officer.Bootstrap, OaId, "TDP 2", ["resident-1"], remove: false);
        await desk.ChangeAsync(Officer.Bootstrap, OaId, "Hội phụ nữ", ["resident-1"], remove: false);

        await _harness.Resident().Send("tôi ở tổ 4").AssertReplyContains("Tổ dân phố 4");

        Assert.Equal(
            [new FollowerTag("hoi phu nu", "Hội phụ nữ", FollowerTag.OfficerSource), new FollowerTag("to dan pho 4", "Tổ dân phố 4", FollowerTag.ResidentSource)],
            Registry.Find(OaId, "resident-1")!.Tags);
    }
}
