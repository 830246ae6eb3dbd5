using System.Globalization;
using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Host.TipOffs;

namespace ChatAssistant.IntegrationTests.Console.TipOffs;

public sealed class TipOffPagesTests : TipOffPagesTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_inbox_lists_the_accounts_reports_without_their_words()
    {
        var id = await CreateReportAsync();
        var other = await CreateReportAsync(OaB);
        var (_, client) = await SignedInOfficerAsync(OfficerRole.Officer);

        var inbox = await client.GetPageAsync("/console/tip-offs");

        Assert.Contains($"/console/tip-offs/{id}?oa={OaA}", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain($"/console/tip-offs/{other}?", inbox, StringComparison.Ordinal);
        Assert.Contains("Ma tuý", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("chợ Bến Thành", inbox, StringComparison.Ordinal);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action = 'tipoff.view'"));
    }

    [Fact]
    public async Task Opening_a_report_shows_its_words_and_writes_the_view_audit_row_with_the_officers_id()
    {
        var id = await CreateReportAsync(anonymous: false, contact: "0912 345 678");
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);

        var page = await client.GetPageAsync($"/console/tip-offs/{id}?oa={OaA}");

        Assert.Contains(Story, page, StringComparison.Ordinal);
        Assert.Contains("0912 345 678", page, StringComparison.Ordinal);
        Assert.Equal(1L, AuditRows(TipOffDesk.ViewAction, Id(id), officerId));
        Assert.Contains("Ai đã xem", page, StringComparison.Ordinal);
        Assert.Contains("Xem tin báo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_handler_serves_the_decrypted_photo_inline_uncached_and_audits_it()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);

        var page = await client.GetPageAsync($"/console/tip-offs/{tipOffId}?oa={OaA}");
        var url = $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaA}";
        using var file = await client.GetAsync(url);

        Assert.Contains($"<img src=\"{url.Replace("&", "&amp;", StringComparison.Ordinal)}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Photo, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline;", string.Join(", ", file.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.True(file.Headers.CacheControl?.NoStore);
        Assert.Equal(1L, AuditRows(EvidenceEndpoints.DownloadAction, $"{tipOffId}/{evidenceId}", officerId));
    }

    [Fact]
    public async Task A_player_fetching_evidence_in_ranges_gets_them_and_one_viewing_is_audited_once()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var url = $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaA}";

        using var first = await client.GetAsync(url);
        var laterRange = await client.GetRangeAsync(url, 10, 19);

        Assert.Equal(HttpStatusCode.PartialContent, laterRange.Status);
        Assert.Equal(Photo[10..20], laterRange.Body);
        Assert.Equal(1L, AuditRows(EvidenceEndpoints.DownloadAction, $"{tipOffId}/{evidenceId}", officerId));
    }

    [Fact]
    public async Task An_officer_of_another_account_gets_404_for_the_report_and_its_evidence_and_nothing_is_audited()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (_, officerB) = await SignedInOfficerAsync(OfficerRole.Officer, OaB);

        foreach (var url in new[]
        {
            $"/console/tip-offs/{tipOffId}?oa={OaA}", $"/console/tip-offs/{tipOffId}?oa={OaB}", $"/console/tip-offs/{tipOffId}",
            $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaA}", $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaB}",
        })
        {
            using var response = await officerB.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action LIKE 'tipoff.%'"));
    }

    [Fact]
    public async Task A_viewer_may_not_open_tip_offs_at_all()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (_, viewer) = await SignedInOfficerAsync(OfficerRole.Viewer);

        await AssertDeniedAsync(viewer, $"/console/tip-offs?oa={OaA}");
        await AssertDeniedAsync(viewer, $"/console/tip-offs/{tipOffId}?oa={OaA}");
        await AssertDeniedAsync(viewer, $"/console/tip-offs/{tipOffId}/evidence/{evidenceId}?oa={OaA}");
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action LIKE 'tipoff.%'"));
    }

    [Fact]
    public async Task Rejecting_without_a_note_is_refused_and_with_one_the_status_changes_and_is_audited()
    {
        var id = await CreateReportAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var page = $"/console/tip-offs/{id}?oa={OaA}";
        var action = $"/console/tip-offs/{id}?oa={OaA}&handler=Status";

        using var refused = await client.PostFormAsync(page, [new("status", "rejected"), new("note", " ")], action);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("refused=noterequired", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("new", Service.Query<string>("SELECT status FROM tipoffs WHERE id = @id", new { id }));
        Assert.Contains("cần ghi rõ lý do", await client.GetPageAsync(refused.Headers.Location!.OriginalString), StringComparison.Ordinal);

        using var done = await client.PostFormAsync(page, [new("status", "rejected"), new("note", "Tin không có thật")], action);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("done=status", done.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("rejected", Service.Query<string>("SELECT status FROM tipoffs WHERE id = @id", new { id }));
        Assert.Equal(1L, AuditRows(TipOffDesk.StatusAction, Id(id), officerId));
        Assert.Contains("Tin không có thật", await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_to_me_a_note_and_a_question_go_through_the_desk()
    {
        var id = await CreateReportAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var page = $"/console/tip-offs/{id}?oa={OaA}";

        using var assign = await client.PostFormAsync(page, [], $"{page}&handler=Assign");
        using var note = await client.PostFormAsync(page, [new("text", "Đã gọi tổ dân phố")], $"{page}&handler=Note");
        using var ask = await client.PostFormAsync(page, [new("text", "Bạn thấy lúc mấy giờ?")], $"{page}&handler=Ask");

        Assert.All([assign, note, ask], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(officerId, Service.Query<long>("SELECT assigned_officer_id FROM tipoffs WHERE id = @id", new { id }));
        Assert.Equal(1L, AuditRows(TipOffDesk.AssignAction, Id(id), officerId));
        Assert.Equal(1L, AuditRows(TipOffDesk.NoteAction, Id(id), officerId));
        Assert.Equal(1L, AuditRows(TipOffDesk.QuestionAction, Id(id), officerId));
        var html = await client.GetPageAsync(page);
        Assert.Contains("Đã gọi tổ dân phố", html, StringComparison.Ordinal);
        Assert.Contains("Bạn thấy lúc mấy giờ?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_another_account_cannot_act_on_the_report()
    {
        var id = await CreateReportAsync();
        var (_, officerB) = await SignedInOfficerAsync(OfficerRole.Officer, OaB);
        var token = ConsoleClient.AntiforgeryToken(await officerB.GetPageAsync("/console/tip-offs"));

        using var response = await officerB.PostWithTokenAsync($"/console/tip-offs/{id}?oa={OaB}&handler=Note", [new("text", "x")], token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id", new { id }));
    }
}
