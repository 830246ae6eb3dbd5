using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Features.Broadcasts;

namespace ChatAssistant.IntegrationTests.Broadcasts;

/// <summary>An account that requires a leader's approval: a leader (or an admin) who is not the author.</summary>
public sealed class BroadcastApprovalTests : BroadcastHostTest
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Broadcasts:RequireApproval:0"] = OaA,
    };

    [Fact]
    public async Task NoticeIsSentOnlyAfterAnotherLeaderApprovesIt()
    {
        SeedFollowers(OaA, Users("r", 2), TimeSpan.FromDays(1));
        var officer = await OfficerAsync("Cán bộ", "officer", OaA);
        var leader = await OfficerAsync("Trưởng công an", "leader", OaA);
        var id = await ComposeAsync(officer, Notice(new { all = true }));

        Assert.Equal("needs-approval", await RefusalAsync(officer, id, "send"));
        Assert.Equal("not-leader", await RefusalAsync(officer, id, "approve"));
        using (var approve = await ActAsync(leader, id, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }
        using (var send = await ActAsync(officer, id, "send"))
        {
            Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        }

        var report = await WaitForReportAsync(id, r => r.Status == BroadcastStatus.Sent);
        Assert.Equal(2, report.Sent);
        Assert.NotNull(report.ApprovedBy);
    }

    [Fact]
    public async Task LeaderDoesNotApproveTheirOwnNotice()
    {
        var leader = await OfficerAsync("Trưởng công an", "leader", OaA);
        var id = await ComposeAsync(leader, Notice(new { all = true }));

        Assert.Equal("own-notice", await RefusalAsync(leader, id, "approve"));
        Assert.Equal("needs-approval", await RefusalAsync(leader, id, "send"));
    }

    [Fact]
    public async Task AnotherAccountNeedsNoApproval()
    {
        SeedFollowers(OaB, Users("b", 1), TimeSpan.FromDays(1));
        var id = await ComposeAsync(Bootstrap, Notice(new { all = true }, oaId: OaB));

        using var send = await ActAsync(Bootstrap, id, "send", OaB);

        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
    }

    private static async Task<string?> RefusalAsync(HttpClient client, long id, string action)
    {
        using var response = await ActAsync(client, id, action);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Problem>())?.Code;
    }

    private sealed record Problem(string Code, string Message);
}
