using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;

namespace ChatAssistant.IntegrationTests.Console.TipOffs;

public sealed class TipOffHandoverPageTests : TipOffPagesTest
{
    [Fact]
    public async Task A_report_is_given_to_a_colleague_but_never_to_a_viewer()
    {
        var id = await CreateReportAsync();
        var (_, client) = await SignedInOfficerAsync(OfficerRole.Leader);
        var colleague = await CreateConsoleOfficerAsync("dong.nghiep", OfficerRole.Officer, [OaA], name: "Đồng Nghiệp");
        var viewer = await CreateConsoleOfficerAsync("chi.xem", OfficerRole.Viewer, [OaA], name: "Chỉ Xem");
        var page = $"/console/tip-offs/{id}?oa={OaA}";

        var html = await client.GetPageAsync(page);
        Assert.Contains("Đồng Nghiệp", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ Xem", html, StringComparison.Ordinal);

        using var toViewer = await client.PostFormAsync(page, [new("assigneeId", $"{viewer}")], $"{page}&handler=AssignTo");
        Assert.Contains("refused=", toViewer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(Service.Query<long?>("SELECT assigned_officer_id FROM tipoffs WHERE id = @id", new { id }));

        using var toColleague = await client.PostFormAsync(page, [new("assigneeId", $"{colleague}")], $"{page}&handler=AssignTo");
        Assert.Contains("done=assign", toColleague.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(colleague, Service.Query<long>("SELECT assigned_officer_id FROM tipoffs WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task The_handover_file_holds_the_report_is_audited_and_is_not_another_accounts_to_take()
    {
        var id = await CreateReportAsync();
        var (officerId, client) = await SignedInOfficerAsync(OfficerRole.Officer);
        var (_, officerB) = await SignedInOfficerAsync(OfficerRole.Officer, OaB);
        var page = $"/console/tip-offs/{id}?oa={OaA}";

        using var export = await client.PostFormAsync(page, [], $"{page}&handler=Export");
        using var byB = await officerB.PostFormAsync($"/console/tip-offs?oa={OaB}", [], $"{page}&handler=Export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Story, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, AuditRows(TipOffDesk.ExportAction, id.ToString(System.Globalization.CultureInfo.InvariantCulture), officerId));
        Assert.Equal(HttpStatusCode.NotFound, byB.StatusCode);
        Assert.Equal(1L, Service.Query<long>("SELECT COUNT(*) FROM audit_log WHERE action = @action", new { action = TipOffDesk.ExportAction }));
    }
}
