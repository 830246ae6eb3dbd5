using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Evidence;
using ChatAssistant.Host.TipOffs;
using ChatAssistant.IntegrationTests.Officers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>Evidence reaches officers only through the authenticated endpoints, only for their own account's reports.</summary>
public sealed class EvidenceApiTests : OfficerApiTest
{
    private static readonly byte[] Photo = StoredPhoto.Jpeg(200_000);


    /// <summary>A report of account A with one photo, stored by the host's evidence fetcher.</summary>
    private Task<(long TipOffId, long EvidenceId)> ReportWithPhotoAsync() =>
        StoredPhoto.ReportAsync(Service, Zalo, OaA, "Xe tải chở quá tải chạy qua cầu mỗi đêm", Photo, Patience);

    [Fact]
    public async Task WithoutAKeyNothingIsServed()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();

        using var list = await Service.Http.GetAsync($"/api/admin/tipoffs/{tipOffId}/evidence?oaId={OaA}");
        using var file = await Service.Http.GetAsync($"/api/admin/tipoffs/{tipOffId}/evidence/{evidenceId}?oaId={OaA}");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (list.StatusCode, file.StatusCode));
    }

    [Fact]
    public async Task AnOfficerOfAnotherAccountFindsNothing()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (_, keyB) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);
        var officerB = ClientWith(keyB);

        foreach (var oaId in new[] { OaA, OaB })
        {
            using var list = await officerB.GetAsync($"/api/admin/tipoffs/{tipOffId}/evidence?oaId={oaId}");
            using var file = await officerB.GetAsync($"/api/admin/tipoffs/{tipOffId}/evidence/{evidenceId}?oaId={oaId}");
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, file.StatusCode));
        }
        Assert.Equal(0L, DownloadsAudited(tipOffId, evidenceId));
    }

    [Fact]
    public async Task TheOfficerOfTheAccountDownloadsTheSameBytesAndTheDownloadIsAudited()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var officerA = ClientWith(keyA);

        using var list = JsonDocument.Parse(await officerA.GetStringAsync($"/api/admin/tipoffs/{tipOffId}/evidence?oaId={OaA}"));
        using var file = await officerA.GetAsync($"/api/admin/tipoffs/{tipOffId}/evidence/{evidenceId}?oaId={OaA}");

        var item = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal((evidenceId, "image", "stored", "image/jpeg", Convert.ToHexStringLower(SHA256.HashData(Photo))),
            (item.GetProperty("id").GetInt64(), item.GetProperty("kind").GetString(), item.GetProperty("status").GetString(),
             item.GetProperty("contentType").GetString(), item.GetProperty("sha256").GetString()));
        Assert.False(item.TryGetProperty("url", out _));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Photo, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"bang-chung-{evidenceId}.jpg\"", string.Join(", ", file.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("nosniff", Assert.Single(file.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(file.Headers.CacheControl?.NoStore);
        Assert.Equal(1L, DownloadsAudited(tipOffId, evidenceId, officerId));
    }

    [Fact]
    public async Task ARangeIsServedAndAuditedAndAResumedDownloadIsTheSameViewing()
    {
        var (tipOffId, evidenceId) = await ReportWithPhotoAsync();
        var (officerId, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var officerA = ClientWith(keyA);
        var url = $"/api/admin/tipoffs/{tipOffId}/evidence/{evidenceId}?oaId={OaA}";

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Range", "bytes=1-");
        using var rest = await officerA.SendAsync(request);
        using var resumed = new HttpRequestMessage(HttpMethod.Get, url);
        resumed.Headers.TryAddWithoutValidation("Range", "bytes=150000-");
        using var tail = await officerA.SendAsync(resumed);

        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(Photo[1..], await rest.Content.ReadAsByteArrayAsync());
        Assert.Equal($"attachment; filename=\"bang-chung-{evidenceId}.jpg\"", string.Join(", ", rest.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal(Photo[150000..], await tail.Content.ReadAsByteArrayAsync());
        Assert.Equal(1L, DownloadsAudited(tipOffId, evidenceId, officerId));
    }

    [Fact]
    public async Task EvidenceOfAnotherReportIsNotServedUnderThisOne()
    {
        var (_, evidenceId) = await ReportWithPhotoAsync();
        var (otherTipOffId, _) = await ReportWithPhotoAsync();

        using var file = await Bootstrap.GetAsync($"/api/admin/tipoffs/{otherTipOffId}/evidence/{evidenceId}?oaId={OaA}");

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    private long DownloadsAudited(long tipOffId, long evidenceId, long? officerId = null) => Service.Query<long>(
        "SELECT count(*) FROM audit_log WHERE action = @action AND subject = @subject AND (@officerId IS NULL OR officer_id = @officerId) AND oa_id = @oaId",
        new { action = EvidenceEndpoints.DownloadAction, subject = $"{tipOffId}/{evidenceId}", officerId, oaId = OaA });
}
