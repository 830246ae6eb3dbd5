using System.Net;
using System.Security.Cryptography;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Console.TipOffs;

/// <summary>Base of the tip-off pages' tests: reports stored as the chat stores them, with a photo fetched by the running host.</summary>
public abstract class TipOffPagesTest : ConsoleTest
{
    protected const string Story = "Nhóm thanh niên tụ tập bán ma tuý sau chợ Bến Thành";

    protected static readonly byte[] Photo = Jpeg(50_000);

    private static byte[] Jpeg(int size)
    {
        var content = RandomNumberGenerator.GetBytes(size);
        ((byte[])[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']).CopyTo(content, 0);
        return content;
    }

    protected async Task<long> CreateReportAsync(string oaId = OaA, bool anonymous = true, string? contact = null)
    {
        var (id, _) = await Service.Services.GetRequiredService<TipOffStore>().CreateAsync(
            new NewTipOff(oaId, "drugs", Story, anonymous, anonymous ? null : "user-1234", contact));
        return id;
    }

    /// <summary>A report of account A with one photo, stored by the host's evidence fetcher.</summary>
    protected async Task<(long TipOffId, long EvidenceId)> ReportWithPhotoAsync()
    {
        var url = Zalo.AddMedia(Photo, "image/jpeg");
        var (tipOffId, _) = await Service.Services.GetRequiredService<TipOffStore>().CreateAsync(
            new NewTipOff(OaA, "traffic", Story, Anonymous: true)
            {
                Evidence = [new EvidenceSource("image", url.ToString(), "IMG_0001.jpg", Photo.Length, "image/jpeg")],
            });
        Service.Services.GetRequiredService<EvidenceArrivals>().Notify();
        var evidence = Service.Services.GetRequiredService<EvidenceStore>();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (evidence.List(tipOffId).Single() is { Status: EvidenceStatus.Pending } && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        var item = evidence.List(tipOffId).Single();
        Assert.Equal(EvidenceStatus.Stored, item.Status);
        return (tipOffId, item.Id);
    }

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
