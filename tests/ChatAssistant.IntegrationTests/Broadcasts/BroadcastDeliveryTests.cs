using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>Compose, preview, send, deliver at the fake Zalo API, and the report that follows it.</summary>
public sealed class BroadcastDeliveryTests : BroadcastHostTest
{
    [Fact]
    public async Task NoticeToAllReachesEveryReachableFollowerOnceAndTheReportCountsTheRest()
    {
        SeedFollowers(OaA, Users("in", 20), TimeSpan.FromDays(1));
        SeedFollowers(OaA, Users("old", 3), TimeSpan.FromDays(8));
        SeedFollowers(OaA, Users("gone", 2), TimeSpan.FromDays(1), following: false);
        SeedFollowers(OaA, Users("quiet", 1), TimeSpan.FromDays(1), noticesOff: true);
        SeedFollowers(OaB, Users("other", 4), TimeSpan.FromDays(1));

        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        var seen = await PreviewAsync(id);
        Assert.Equal((23, 3, 20), (seen.Recipients, seen.OutOfWindow, seen.Reachable));
        Assert.StartsWith("CẢNH BÁO LỪA ĐẢO\n\nKhông chuyển tiền", seen.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nhttps://congan.example.vn/canh-bao", seen.Text, StringComparison.Ordinal);
        Assert.Empty(Zalo.Messages);

        using var send = await ActAsync(Bootstrap, id, "send");
        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        var report = await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent);

        var received = Zalo.AcceptedMessages;
        Assert.Equal(Users("in", 20).Order(), received.Select(m => m.UserId!).Order());
        Assert.All(received, m => Assert.Equal(seen.Text, m.Text));
        Assert.Equal((23L, 3L, 20L, 0L, 0L, 100.0), (report.Targeted, report.OutOfWindow, report.Sent, report.FailedTotal, report.Pending, report.Progress));
        Assert.Equal(3, report.Skipped[RecipientStatus.OutOfWindow]);
        Assert.Equal(0, report.InFlightAtCrash);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'broadcasts.send' AND detail = 'recipients=23; outOfWindow=3'"));
    }

    [Fact]
    public async Task TagsMatchWithOrWithoutDiacriticsAndRecentWritersByDays()
    {
        SeedFollowers(OaA, Users("group5-", 3), TimeSpan.FromDays(1), tags: "Tổ dân phố 5");
        SeedFollowers(OaA, Users("group6-", 2), TimeSpan.FromHours(1), tags: "Tổ dân phố 6");
        SeedFollowers(OaA, Users("none-", 2), TimeSpan.FromDays(3));

        var byTag = await ComposeAsync(Bootstrap, Notice(new { tags = new[] { "to dan pho 5", "TỔ DÂN PHỐ 6" } }));
        var byDays = await ComposeAsync(Bootstrap, Notice(new { interactedWithinDays = 2 }));

        Assert.Equal(5, (await PreviewAsync(byTag)).Recipients);
        Assert.Equal(5, (await PreviewAsync(byDays)).Recipients);
        using (await ActAsync(Bootstrap, byTag, "send"))
        {
        }
        await WaitForReportAsync(byTag, r => r.Status == BroadcastStatus.Sent);
        Assert.Equal([.. Users("group5-", 3), .. Users("group6-", 2)], Zalo.AcceptedMessages.Select(m => m.UserId!).Order());
    }

    [Fact]
    public async Task ZaloRefusalsAreClassifiedAndAnUnfollowerIsRecorded()
    {
        SeedFollowers(OaA, Users("ok", 5), TimeSpan.FromDays(1));
        SeedFollowers(OaA, ["left", "window", "banned"], TimeSpan.FromDays(1));
        Zalo.FailAlwaysForUser("left", -213);
        Zalo.FailAlwaysForUser("window", -230);
        Zalo.FailAlwaysForUser("banned", -227);
        // A rate-limit answer is retried by the outbox and the message still arrives.
        Zalo.FailNextSends(-32, 2);

        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        using (await ActAsync(Bootstrap, id, "send"))
        {
        }
        var report = await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent);

        Assert.Equal(5, report.Sent);
        Assert.Equal(3, report.FailedTotal);
        Assert.Equal(1, report.Failed[RecipientStatus.Unfollowed]);
        Assert.Equal(1, report.Failed[RecipientStatus.OutOfWindow]);
        Assert.Equal(1, report.Failed["zalo:-227"]);
        Assert.Equal(2, Zalo.Messages.Count(m => m.AnsweredError == -32));
        Assert.Equal(0, Service.Query<long>("SELECT following FROM residents WHERE user_id = 'left'"));
        Assert.Equal(1, Service.Query<long>("SELECT following FROM residents WHERE user_id = 'window'"));
    }

    [Fact]
    public async Task AnOfficerOfAnotherAccountFindsNoNotice()
    {
        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }));
        var officerB = await OfficerAsync("Cán bộ B", "officer", OaB);

        using var report = await officerB.GetAsync($"/api/admin/broadcasts/{id}?oaId={OaA}");
        using var asB = await officerB.GetAsync($"/api/admin/broadcasts/{id}?oaId={OaB}");
        using var send = await ActAsync(officerB, id, "send", OaB);
        using var compose = await officerB.PostAsJsonAsync("/api/admin/broadcasts", Notice(new { all = true }));
        using var list = await officerB.GetAsync($"/api/admin/broadcasts?oaId={OaA}");
        var ownList = await officerB.GetFromJsonAsync<List<State>>($"/api/admin/broadcasts?oaId={OaB}");
        var adminList = await Bootstrap.GetFromJsonAsync<List<State>>($"/api/admin/broadcasts?oaId={OaA}");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [report.StatusCode, asB.StatusCode, send.StatusCode, compose.StatusCode, list.StatusCode]);
        Assert.Empty(ownList!);
        Assert.Equal([new State(id, BroadcastStatus.Draft)], adminList);
    }

    [Fact]
    public async Task AMalformedNoticeIsRefusedWithTheField()
    {
        using var noTarget = await Bootstrap.PostAsJsonAsync("/api/admin/broadcasts", Notice(new { all = true, interactedWithinDays = 3 }));
        using var badCategory = await Bootstrap.PostAsJsonAsync("/api/admin/broadcasts", Notice(new { all = true }, category: "gossip"));

        Assert.Equal(HttpStatusCode.BadRequest, noTarget.StatusCode);
        Assert.Contains("target", await noTarget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("category", await badCategory.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<PreviewBody> PreviewAsync(long id)
    {
        using var response = await ActAsync(Bootstrap, id, "preview");
        return (await response.Content.ReadFromJsonAsync<PreviewBody>())!;
    }

    private sealed record PreviewBody(long Recipients, long OutOfWindow, long Reachable, string Kind, string Text);
}
