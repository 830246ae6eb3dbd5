using ChatAssistant.Features.Officers;
using ChatAssistant.IntegrationTests.Console.TipOffs;

namespace ChatAssistant.IntegrationTests.Console.Audit;

public sealed class AuditPageTests : TipOffPagesTest
{
    [Fact]
    public async Task A_leader_sees_their_accounts_entries_in_words_newest_first()
    {
        var id = await CreateReportAsync();
        var (_, officer) = await SignedInOfficerAsync(OfficerRole.Officer);
        await officer.GetPageAsync($"/console/tip-offs/{id}?oa={OaA}");
        var (_, leader) = await SignedInOfficerAsync(OfficerRole.Leader);

        var page = await leader.GetPageAsync($"/console/audit?oa={OaA}");

        Assert.Contains("Xem tin báo", page, StringComparison.Ordinal);
        Assert.Contains("tipoff.view", page, StringComparison.Ordinal);
        // Sign-ins belong to no account: only admins see them.
        Assert.DoesNotContain("console.sign-in", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_by_action_keeps_only_that_area()
    {
        var id = await CreateReportAsync();
        var (_, officer) = await SignedInOfficerAsync(OfficerRole.Officer);
        await officer.GetPageAsync($"/console/tip-offs/{id}?oa={OaA}");
        await AuditEntryAsync("queue.call", OaA);
        var (_, leader) = await SignedInOfficerAsync(OfficerRole.Leader);

        var tipOffs = await leader.GetPageAsync($"/console/audit?oa={OaA}&action=tipoff.");
        var queue = await leader.GetPageAsync($"/console/audit?oa={OaA}&action=queue.");

        Assert.Contains("tipoff.view", tipOffs, StringComparison.Ordinal);
        Assert.DoesNotContain("queue.call", tipOffs, StringComparison.Ordinal);
        Assert.Contains("queue.call", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("tipoff.view", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_may_not_open_the_audit_log()
    {
        var (_, officer) = await SignedInOfficerAsync(OfficerRole.Officer);

        await AssertDeniedAsync(officer, $"/console/audit?oa={OaA}");
    }

    [Fact]
    public async Task A_leader_of_another_account_does_not_see_this_accounts_entries()
    {
        var id = await CreateReportAsync();
        var (_, officer) = await SignedInOfficerAsync(OfficerRole.Officer);
        await officer.GetPageAsync($"/console/tip-offs/{id}?oa={OaA}");
        var (_, leaderB) = await SignedInOfficerAsync(OfficerRole.Leader, OaB);

        var own = await leaderB.GetPageAsync("/console/audit");
        using var other = await leaderB.GetAsync($"/console/audit?oa={OaA}");

        Assert.DoesNotContain("tipoff.view", own, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task An_admin_also_sees_the_entries_of_no_account()
    {
        var (_, admin) = await SignedInOfficerAsync(OfficerRole.Admin);

        var page = await admin.GetPageAsync($"/console/audit?oa={OaA}");

        Assert.Contains("console.sign-in", page, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", page, StringComparison.Ordinal);
    }

    private Task AuditEntryAsync(string action, string oaId) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<AuditLog>(Service.Services)
            .WriteAsync(null, "system", action, oaId, "1", detail: null);
}
