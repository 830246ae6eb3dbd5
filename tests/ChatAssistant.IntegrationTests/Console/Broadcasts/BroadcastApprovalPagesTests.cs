using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Broadcasts;

/// <summary>Account A's notices need a leader's approval: a leader who did not write it approves from the detail page.</summary>
public sealed class BroadcastApprovalPagesTests : BroadcastPagesTest
{
    protected override IDictionary<string, string> HostSettings =>
        new Dictionary<string, string>(base.HostSettings) { ["Broadcasts:RequireApproval:0"] = OaA };

    [Fact]
    public async Task A_leader_who_is_not_the_author_approves_and_the_author_and_an_officer_are_refused()
    {
        var author = await SignedInAsAsync(OfficerRole.Leader, OaA);
        var (_, id) = await PreviewAsync(author, NoticeFields());
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var leader = await SignedInAsAsync(OfficerRole.Leader, OaA);

        using var unapproved = await SendAsync(author, id);
        using var own = await ActAsync(author, id, "Approve");
        using var byOfficer = await officer.PostFormAsync($"/console/broadcasts/{id}", [], $"/console/broadcasts/{id}?handler=Approve");
        Assert.Equal("draft", Status(id));
        var page = await leader.GetPageAsync($"/console/broadcasts/{id}");
        using var approved = await ActAsync(leader, id, "Approve");

        Assert.Equal($"/console/broadcasts/{id}?problem=needs-approval", unapproved.Headers.Location!.OriginalString);
        Assert.Equal($"/console/broadcasts/{id}?problem=own-notice", own.Headers.Location!.OriginalString);
        AssertDenied(byOfficer);
        Assert.Contains("chờ duyệt", page, StringComparison.Ordinal);
        Assert.Contains("Duyệt</button>", page, StringComparison.Ordinal);
        Assert.Equal($"/console/broadcasts/{id}?done=approve", approved.Headers.Location!.OriginalString);
        Assert.Equal("approved", Status(id));
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'broadcasts.approve'"));
    }

    /// <summary>A refused role is sent to the "no permission" page, which answers 403.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/console/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
