using System.Net;
using ChatAssistant.Features.Officers;

namespace ChatAssistant.IntegrationTests.Console.Dashboard;

/// <summary>The dashboard's cards: counts of the account picked, and only the areas the role works on.</summary>
public sealed class DashboardTests : ConsoleTest
{
    [Fact]
    public async Task The_dashboard_counts_the_queue_and_shows_working_cards_to_officers_only()
    {
        var officer = await SignedInAsAsync(OfficerRole.Officer, OaA);
        using var walkIn = await officer.PostFormAsync("/console/queue?oa=" + OaA,
            [new("oa", OaA), new("serviceId", "can-cuoc-cap-lan-dau")], "/console/queue?handler=WalkIn");
        var viewer = await SignedInAsAsync(OfficerRole.Viewer, OaA);

        var forOfficer = await officer.GetPageAsync("/console?oa=" + OaA);
        var forViewer = await viewer.GetPageAsync("/console");

        Assert.Contains("data-card=\"queue\"", forOfficer, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">1</div>\n            <div class=\"label\">Đang chờ", forOfficer.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("data-card=\"tipoffs\"", forOfficer, StringComparison.Ordinal);
        Assert.Contains("data-card=\"conversations\"", forOfficer, StringComparison.Ordinal);
        Assert.Contains("data-card=\"broadcasts\"", forOfficer, StringComparison.Ordinal);
        Assert.Contains("Mức độ hài lòng tháng này", forOfficer, StringComparison.Ordinal);
        Assert.Contains("data-card=\"queue\"", forViewer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-card=\"tipoffs\"", forViewer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-card=\"conversations\"", forViewer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_of_account_B_asking_for_account_A_gets_404()
    {
        var officerB = await SignedInAsAsync(OfficerRole.Officer, OaB);

        using var response = await officerB.GetAsync("/console?oa=" + OaA);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
