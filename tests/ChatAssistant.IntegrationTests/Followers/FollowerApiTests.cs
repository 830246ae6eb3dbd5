using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Conversations;
using ChatAssistant.Features.Followers;
using ChatAssistant.IntegrationTests.Officers;
using ChatAssistant.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Followers;

/// <summary>Officers read an account's followers and label residents; another account's officer sees nothing.</summary>
public sealed class FollowerApiTests : OfficerApiTest
{
    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A resident as the conversation leaves them: a message (or follow) recorded, optionally a place and notices off.</summary>
    private async Task SeedAsync(string oaId, string userId, bool following = true, string? place = null, bool noticesOff = false)
    {
        var residents = Service.Services.GetRequiredService<ResidentStore>();
        var preferences = Service.Services.GetRequiredService<FollowerPreferences>();
        await Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) =>
        {
            residents.Record(c, t, oaId, userId, interacted: true, following: true);
            if (!following)
            {
                residents.Record(c, t, oaId, userId, interacted: false, following: false);
            }
            if (place is not null)
            {
                preferences.SetPlace(c, t, oaId, userId, new Place(TagName.Fold(place), place, PlaceKinds.Of(TagName.Fold(place))));
            }
            preferences.SetNoticesOff(c, t, oaId, userId, noticesOff);
        });
    }

    [Fact]
    public async Task ListNeedsAnOfficerOfTheAccount()
    {
        await SeedAsync(OaA, "user-a");
        var (_, keyB) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var url = $"/api/admin/followers?oaId={OaA}";

        using var anonymous = await Service.Http.GetAsync(url);
        using var otherAccount = await ClientWith(keyB).GetAsync(url);
        using var ownAccount = await ClientWith(keyA).GetAsync(url);
        using var noAccount = await ClientWith(keyA).GetAsync("/api/admin/followers");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound),
            (anonymous.StatusCode, otherAccount.StatusCode, ownAccount.StatusCode, noAccount.StatusCode));
        Assert.Equal(["user-a"], (await JsonOf(ownAccount)).GetProperty("followers").EnumerateArray().Select(f => f.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task CountsByTagFollowingAndNoticesOffWithPages()
    {
        await SeedAsync(OaA, "u-1", place: "Tổ dân phố 5");
        await SeedAsync(OaA, "u-2", place: "Tổ dân phố 5", noticesOff: true);
        await SeedAsync(OaA, "u-3", place: "Tổ dân phố 5", following: false);
        await SeedAsync(OaA, "u-4", place: "Thôn Đông");
        await SeedAsync(OaB, "u-5", place: "Tổ dân phố 5");

        using var first = await Bootstrap.GetAsync($"/api/admin/followers?oaId={OaA}&tag=TDP%205&limit=2");
        var page = await JsonOf(first);
        using var second = await Bootstrap.GetAsync($"/api/admin/followers?oaId={OaA}&tag=TDP%205&limit=2&after={page.GetProperty("nextAfter").GetString()}");
        var next = await JsonOf(second);

        Assert.Equal("to dan pho 5", page.GetProperty("tag").GetString());
        var counts = page.GetProperty("counts");
        Assert.Equal((3, 2, 2, 1, 1), (counts.GetProperty("residents").GetInt32(), counts.GetProperty("following").GetInt32(),
            counts.GetProperty("withinWindow").GetInt32(), counts.GetProperty("noticesOff").GetInt32(), counts.GetProperty("reachable").GetInt32()));
        Assert.Equal(["u-1", "u-2"], page.GetProperty("followers").EnumerateArray().Select(f => f.GetProperty("userId").GetString()));
        Assert.Equal(["u-3"], next.GetProperty("followers").EnumerateArray().Select(f => f.GetProperty("userId").GetString()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("nextAfter").ValueKind);
        var tags = page.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("tag").GetString()!, t => t.GetProperty("residents").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["thon dong"] = 1, ["to dan pho 5"] = 3 }, tags);
    }

    [Fact]
    public async Task OfficerLabelsKnownResidentsAndRemovesTheLabelWithAuditRowsOfCountsOnly()
    {
        await SeedAsync(OaA, "u-1");
        await SeedAsync(OaA, "u-2");
        await SeedAsync(OaB, "u-b");

        using var added = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags",
            new { oaId = OaA, label = "Chủ nhà trọ Nguyễn Văn A", userIds = new[] { "u-1", "u-2", "u-b", "u-unknown" } });
        using var again = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags",
            new { oaId = OaA, label = "chu nha tro nguyen van a", userIds = new[] { "u-1" } });
        using var removed = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags",
            new { oaId = OaA, label = "Chủ nhà trọ Nguyễn Văn A", userIds = new[] { "u-2" }, remove = true });

        var change = await JsonOf(added);
        Assert.Equal(("chu nha tro nguyen van a", 2, 2), (change.GetProperty("tag").GetString(), change.GetProperty("changed").GetInt32(), change.GetProperty("unknown").GetInt32()));
        Assert.Equal(0, (await JsonOf(again)).GetProperty("changed").GetInt32());
        Assert.Equal(1, (await JsonOf(removed)).GetProperty("changed").GetInt32());
        var registry = Service.Services.GetRequiredService<FollowerRegistry>();
        Assert.Equal([new FollowerTag("chu nha tro nguyen van a", "Chủ nhà trọ Nguyễn Văn A", FollowerTag.OfficerSource)], registry.Find(OaA, "u-1")!.Tags);
        Assert.Empty(registry.Find(OaA, "u-2")!.Tags);
        Assert.Empty(registry.Find(OaB, "u-b")!.Tags);
        Assert.Equal(3L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action IN ('followers.tag', 'followers.untag') AND oa_id = @OaA", new { OaA }));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE detail LIKE '%nha tro%' OR detail LIKE '%nhà trọ%' OR detail LIKE '%u-1%' OR subject LIKE '%u-1%'"));
        Assert.Equal("residents=4 changed=2 unknown=2", Service.Query<string>("SELECT detail FROM audit_log WHERE action = 'followers.tag' ORDER BY id LIMIT 1"));
    }

    [Fact]
    public async Task AnOfficerMovingAResidentToAGroupByAnotherOfItsNamesReplacesTheirGroup()
    {
        await SeedAsync(OaA, "u-moved", place: "Tổ dân phố 3");

        using var moved = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags",
            new { oaId = OaA, label = "khu phố 5", userIds = new[] { "u-moved" } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        // "khu phố 5" is one of Tổ dân phố 5's names: the resident is in that group now, and no longer in tổ 3.
        Assert.Equal(["to dan pho 5"], Service.Services.GetRequiredService<FollowerRegistry>().Find(OaA, "u-moved")!.Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task LabellingAnotherAccountOrWithoutALabelOrIdsIsRefused()
    {
        await SeedAsync(OaA, "u-1");
        var (_, keyB) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);

        using var otherAccount = await ClientWith(keyB).PostAsJsonAsync("/api/admin/followers/tags", new { oaId = OaA, label = "Tổ 5", userIds = new[] { "u-1" } });
        using var noLabel = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags", new { oaId = OaA, label = " !! ", userIds = new[] { "u-1" } });
        using var noIds = await Bootstrap.PostAsJsonAsync("/api/admin/followers/tags", new { oaId = OaA, label = "Tổ 5", userIds = Array.Empty<string>() });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (otherAccount.StatusCode, noLabel.StatusCode, noIds.StatusCode));
        Assert.Empty(Service.Services.GetRequiredService<FollowerRegistry>().Find(OaA, "u-1")!.Tags);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action LIKE 'followers.%'"));
    }

    [Fact]
    public async Task ResidentsGroupFromAWebhookMessageShowsInTheOfficersCounts()
    {
        using var posted = await Service.PostWebhookAsync(ServiceUnderTest.TextEvent("resident-web", "tôi ở tổ 3"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var deadline = DateTimeOffset.UtcNow + Patience;
        var registry = Service.Services.GetRequiredService<FollowerRegistry>();
        while (registry.Find(OaA, "resident-web")?.Tags.Count is null or 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        using var response = await Bootstrap.GetAsync($"/api/admin/followers?oaId={OaA}&tag=t%E1%BB%95%203");
        var counts = (await JsonOf(response)).GetProperty("counts");
        Assert.Equal((1, 1), (counts.GetProperty("following").GetInt32(), counts.GetProperty("reachable").GetInt32()));
    }
}
