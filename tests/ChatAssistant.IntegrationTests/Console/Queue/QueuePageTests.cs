using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Queue;

/// <summary>The queue page and the office TV, through their forms, against the repository calendar and the real clock.</summary>
public sealed class QueuePageTests : ConsoleTest
{
    private const string IdCard = "can-cuoc-cap-lan-dau";
    private const string QueuePage = "/console/queue?oa=" + OaA;

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private long Count(string sql, object? parameters = null) => Service.Query<long>(sql, parameters);

    [Fact]
    public async Task An_officer_takes_a_walk_in_ticket_calls_it_and_marks_it_served()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var walkIn = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        Assert.Equal(HttpStatusCode.Redirect, walkIn.StatusCode);
        var ticket = Service.Query<string>("SELECT ticket FROM appointments WHERE walk_in = 1");
        var id = Count("SELECT id FROM appointments WHERE walk_in = 1");
        var afterWalkIn = await client.GetPageAsync(walkIn.Headers.Location!.OriginalString);
        Assert.Contains($"data-new-ticket>{ticket}<", afterWalkIn, StringComparison.Ordinal);

        using var call = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("counterId", "1")], "/console/queue?handler=CallNext");
        Assert.Equal(HttpStatusCode.Redirect, call.StatusCode);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM appointments WHERE id = @id AND called_at IS NOT NULL", new { id }));
        var serving = await client.GetPageAsync(QueuePage);
        Assert.Contains($"data-serving>{ticket}<", serving, StringComparison.Ordinal);
        Assert.Contains($"Mời số {ticket}", serving, StringComparison.Ordinal);

        using var served = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("id", $"{id}")], "/console/queue?handler=Served");
        Assert.Equal(HttpStatusCode.Redirect, served.StatusCode);
        Assert.Equal("served", Service.Query<string>("SELECT status FROM appointments WHERE id = @id", new { id }));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.walk-in'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.call' AND subject = @ticket", new { ticket }));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.served' AND subject = @ticket", new { ticket }));
        Assert.DoesNotContain($"data-serving>{ticket}<", await client.GetPageAsync(QueuePage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_that_does_not_come_is_marked_no_show()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var walkIn = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        using var call = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("counterId", "1")], "/console/queue?handler=CallNext");
        var id = Count("SELECT id FROM appointments WHERE walk_in = 1");

        using var noShow = await client.PostFormAsync(QueuePage, [Field("oa", OaA), Field("id", $"{id}")], "/console/queue?handler=NoShow");

        Assert.Equal(HttpStatusCode.Redirect, noShow.StatusCode);
        Assert.Equal("no-show", Service.Query<string>("SELECT status FROM appointments WHERE id = @id", new { id }));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.no-show'"));
    }

    [Fact]
    public async Task A_viewer_sees_the_queue_but_calling_next_is_refused_and_changes_nothing()
    {
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var walkIn = await officer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        var page = await viewer.GetPageAsync(QueuePage);
        using var call = await viewer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("counterId", "1")], "/console/queue?handler=CallNext");
        using var walkInAgain = await viewer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");

        Assert.Contains("Xếp hàng hôm nay", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gọi số tiếp theo", page, StringComparison.Ordinal);
        await AssertDeniedAsync(viewer, call);
        await AssertDeniedAsync(viewer, walkInAgain);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM appointments WHERE called_at IS NOT NULL"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM appointments"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.call'"));
    }

    [Fact]
    public async Task An_officer_of_account_B_asking_for_account_A_gets_404_on_the_page_and_its_actions()
    {
        var officerA = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var walkIn = await officerA.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        var officerB = await SignedInAsAsync(OfficerRole.Officer, OaB);

        using var page = await officerB.GetAsync(QueuePage);
        using var call = await officerB.PostFormAsync("/console/queue", [Field("oa", OaA), Field("counterId", "1")], "/console/queue?handler=CallNext");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, call.StatusCode);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM appointments WHERE called_at IS NOT NULL"));
    }

    [Fact]
    public async Task The_TV_display_answers_without_sign_in_and_shows_numbers_but_no_personal_data()
    {
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var walkIn = await officer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        using var call = await officer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("counterId", "1")], "/console/queue?handler=CallNext");
        using var second = await officer.PostFormAsync(QueuePage, [Field("oa", OaA), Field("serviceId", IdCard)], "/console/queue?handler=WalkIn");
        var tickets = Service.Query<string>("SELECT group_concat(ticket, ',') FROM (SELECT ticket FROM appointments ORDER BY id)").Split(',');
        var codes = Service.Query<string>("SELECT group_concat(code, ',') FROM appointments").Split(',');
        var tv = NewClient();

        var page = await tv.GetPageAsync("/console/display?oa=" + OaA);
        var fragment = await tv.GetPageAsync("/console/display?handler=Fragment&oa=" + OaA);
        using var unknown = await tv.GetAsync("/console/display?oa=no-such-account");
        using var none = await tv.GetAsync("/console/display");

        Assert.Contains("class=\"display\"", page, StringComparison.Ordinal);
        Assert.Contains("data-poll=\"/console/display?handler=Fragment&amp;oa=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng xuất", page, StringComparison.Ordinal);
        foreach (var html in new[] { page, fragment })
        {
            Assert.Contains($"data-serving>{tickets[0]}<", html, StringComparison.Ordinal);
            Assert.Contains("Quầy", html, StringComparison.Ordinal);
            Assert.Contains($"<span>{tickets[1]}</span>", html, StringComparison.Ordinal);
            Assert.All(codes, code => Assert.DoesNotContain(code, html, StringComparison.Ordinal));
        }
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    /// <summary>The cookie handler turns a refusal into a redirect to the 403 page.</summary>
    internal static async Task AssertDeniedAsync(ConsoleClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/console/denied", location, StringComparison.Ordinal);
        using var denied = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
