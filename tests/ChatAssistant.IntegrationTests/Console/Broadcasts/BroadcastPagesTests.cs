using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Broadcasts;

public sealed class BroadcastPagesTests : BroadcastPagesTest
{
    [Fact]
    public async Task A_notice_composed_previewed_and_sent_through_the_forms_reaches_every_follower_at_the_fake_Zalo_API()
    {
        SeedFollowers(OaA, 3, TimeSpan.FromDays(1));
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        var (preview, draftId) = await PreviewAsync(client, NoticeFields());
        using var sent = await SendAsync(client, draftId);

        Assert.Contains("CẢNH BÁO LỪA ĐẢO", preview, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">3</div><div class=\"label\">sẽ nhận được", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/console/broadcasts/{draftId}?done=send", sent.Headers.Location!.OriginalString);
        var messages = await Zalo.WaitForMessagesAsync(3, TimeSpan.FromSeconds(20));
        Assert.Equal(3, messages.Count(m => m.Text?.StartsWith("CẢNH BÁO LỪA ĐẢO", StringComparison.Ordinal) == true));
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'broadcasts.send' AND subject = @s", new { s = $"broadcast:{draftId}" }));
        var list = await client.GetPageAsync("/console/broadcasts");
        Assert.Contains($"/console/broadcasts/{draftId}", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_fragment_is_done_once_the_notice_is_sent()
    {
        SeedFollowers(OaA, 2, TimeSpan.FromDays(1));
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var (_, id) = await PreviewAsync(client, NoticeFields());
        var before = await client.GetPageAsync($"/console/broadcasts/{id}?handler=Progress");
        (await SendAsync(client, id)).Dispose();
        await Zalo.WaitForMessagesAsync(2, TimeSpan.FromSeconds(20));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        string fragment;
        do
        {
            await Task.Delay(100);
            fragment = await client.GetPageAsync($"/console/broadcasts/{id}?handler=Progress");
        }
        while (!fragment.Contains("data-poll-done", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.DoesNotContain("data-poll-done", before, StringComparison.Ordinal);
        Assert.Contains("data-poll-done", fragment, StringComparison.Ordinal);
        Assert.Contains("100%", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_in_error_are_explained_in_Vietnamese_and_nothing_is_stored()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var fields = NoticeFields(title: " ");
        fields.Add(Field("Form.Link", "ftp://x"));

        using var response = await client.PostFormAsync("/console/broadcasts/new", fields, "/console/broadcasts/new?handler=Preview");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nhập tiêu đề", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM broadcasts"));
    }

    [Fact]
    public async Task A_viewer_is_refused_the_notice_pages()
    {
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        using var list = await viewer.GetAsync("/console/broadcasts");
        using var compose = await viewer.GetAsync("/console/broadcasts/new");

        AssertDenied(list);
        AssertDenied(compose);
    }

    [Fact]
    public async Task An_officer_of_another_account_gets_404_for_the_notice_its_progress_and_its_actions()
    {
        var author = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var (_, id) = await PreviewAsync(author, NoticeFields());
        var other = await SignedInAsAsync(OfficerRole.Officer, OaB);

        using var detail = await other.GetAsync($"/console/broadcasts/{id}");
        using var progress = await other.GetAsync($"/console/broadcasts/{id}?handler=Progress");
        using var cancel = await other.PostFormAsync("/console/broadcasts/new", [], $"/console/broadcasts/{id}?handler=Cancel");
        using var pickA = await other.GetAsync($"/console/broadcasts?oa={OaA}");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pickA.StatusCode);
        Assert.Equal("draft", Status(id));
    }

    [Fact]
    public async Task Cancel_from_the_detail_page_stops_the_notice_and_is_audited()
    {
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);
        var (_, id) = await PreviewAsync(client, NoticeFields());

        using var cancel = await ActAsync(client, id, "Cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal("cancelled", Status(id));
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'broadcasts.cancel'"));
    }

    /// <summary>A refused role is sent to the "no permission" page, which answers 403.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/console/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
