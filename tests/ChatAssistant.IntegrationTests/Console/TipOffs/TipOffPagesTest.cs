using System.Net;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.IntegrationTests.TipOffs;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.TipOffs;

/// <summary>Base of the tip-off pages' tests: reports stored as the chat stores them, with a photo fetched by the running host.</summary>
public abstract class TipOffPagesTest : ConsoleTest
{
    protected const string Story = "Nhóm thanh niên tụ tập bán ma tuý sau chợ Bến Thành";

    protected static readonly byte[] Photo = StoredPhoto.Jpeg(50_000);


    protected async Task<long> CreateReportAsync(string oaId = OaA, bool anonymous = true, string? contact = null)
    {
        var (id, _) = await Service.Services.GetRequiredService<TipOffStore>().CreateAsync(
            new NewTipOff(oaId, "drugs", Story, anonymous, anonymous ? null : "user-1234", contact));
        return id;
    }

    /// <summary>A report of account A with one photo, stored by the host's evidence fetcher.</summary>
    protected Task<(long TipOffId, long EvidenceId)> ReportWithPhotoAsync() =>
        StoredPhoto.ReportAsync(Service, Zalo, OaA, Story, Photo, Patience);

    /// <summary>An officer created and signed in; returns their id and client.</summary>
    protected async Task<(long Id, ConsoleClient Client)> SignedInOfficerAsync(OfficerRole role, string oaId = OaA)
    {
        var username = $"{role.ToName()}-{Guid.NewGuid():N}"[..20];
        var id = await CreateConsoleOfficerAsync(username, role, [oaId]);
        return (id, await SignedInAsync(username));
    }

    protected long AuditRows(string action, string subject, long? officerId = null) => Service.Query<long>(
        "SELECT count(*) FROM audit_log WHERE action = @action AND subject = @subject AND oa_id = @oaId AND (@officerId IS NULL OR officer_id = @officerId)",
        new { action, subject, oaId = OaA, officerId });

    /// <summary>The console's "no permission": a redirect to the denied page, which answers 403.</summary>
    protected static async Task AssertDeniedAsync(ConsoleClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/console/denied", location, StringComparison.Ordinal);
        using var denied = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
