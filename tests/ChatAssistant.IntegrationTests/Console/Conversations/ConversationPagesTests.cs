using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Conversations;

public sealed class ConversationPagesTests : ConsoleTest
{
    [Fact]
    public async Task A_reply_typed_in_the_console_reaches_the_fake_Zalo_API_and_the_transcript_and_release_closes_it()
    {
        var id = await OpenHandoffAsync(OaA, "u-talk");
        var client = await SignedInAsAsync(OfficerRole.Officer, OaA);

        var list = await client.GetPageAsync("/console/conversations");
        using var reply = await client.PostFormAsync($"/console/conversations/{id}", [new("Text", "Chào anh, tôi là cán bộ trực ban.")],
            $"/console/conversations/{id}?handler=Reply");
        var messages = await Zalo.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        var page = await client.GetPageAsync($"/console/conversations/{id}");
        using var release = await client.PostFormAsync($"/console/conversations/{id}", [], $"/console/conversations/{id}?handler=Release");
        using var afterwards = await client.GetAsync($"/console/conversations/{id}");

        Assert.Contains($"/console/conversations/{id}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("u-talk", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var sent = Assert.Single(messages);
        Assert.Equal(("u-talk", "Chào anh, tôi là cán bộ trực ban."), (sent.UserId, sent.Text));
        Assert.Contains("Chào anh, tôi là cán bộ trực ban.", page, StringComparison.Ordinal);
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'handoff.reply'"));
        Assert.Equal("/console/conversations?released=true", release.Headers.Location!.OriginalString);
        Assert.Equal("closed", Service.Query<string>("SELECT status FROM handoffs WHERE id = @id", new { id }));
        Assert.Equal(1, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'handoff.release'"));
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
    }

    [Fact]
    public async Task An_officer_of_another_account_gets_404_and_cannot_reply()
    {
        var id = await OpenHandoffAsync(OaA, "u-a");
        var other = await SignedInAsAsync(OfficerRole.Officer, OaB);

        var list = await other.GetPageAsync("/console/conversations");
        using var page = await other.GetAsync($"/console/conversations/{id}");
        using var reply = await other.PostFormAsync("/console/conversations", [new("Text", "xin chào")], $"/console/conversations/{id}?handler=Reply");

        Assert.DoesNotContain($"/console/conversations/{id}", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(0, Service.Query<long>("SELECT COUNT(*) FROM transcript_entries WHERE direction = 'officer'"));
    }

    [Fact]
    public async Task A_viewer_is_refused_and_a_reply_too_long_is_explained()
    {
        var id = await OpenHandoffAsync(OaA, "u-v");
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);

        using var refused = await viewer.GetAsync($"/console/conversations/{id}");
        using var tooLong = await officer.PostFormAsync($"/console/conversations/{id}", [new("Text", new string('a', 2001))],
            $"/console/conversations/{id}?handler=Reply");

        AssertDenied(refused);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("tối đa 2000 ký tự", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A refused role is sent to the "no permission" page, which answers 403.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/console/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
