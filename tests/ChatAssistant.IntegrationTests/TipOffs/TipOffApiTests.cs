using System.Net;
using System.Text.Json;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>Officers list their account's reports without the words, open one (audited), export it; other accounts see 404.</summary>
public sealed class TipOffApiTests : TipOffApiTest
{
    private static long[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];

    private static async Task<long[]> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/admin/tipoffs?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ids(await ReadJsonAsync(response));
    }

    [Fact]
    public async Task ListFiltersByStatusCategoryAndTimeNewestFirstWithoutTheWords()
    {
        var older = await CreateReportAsync(OaA, "Tụ tập đua xe đêm qua", category: "traffic");
        var drugs = await CreateReportAsync(OaA, "Có người bán ma tuý ở hẻm 12", category: "drugs");
        var gambling = await CreateReportAsync(OaA, "Đánh bạc ở quán nước đầu ngõ", category: "gambling");
        await CreateReportAsync(OaB, "Tin của xã khác", category: "drugs");
        var january = new DateTimeOffset(2026, 1, 10, 3, 0, 0, TimeSpan.Zero);
        foreach (var (id, at) in new[] { (older, january), (drugs, january.AddDays(30)), (gambling, january.AddDays(31)) })
        {
            await ExecuteAsync("UPDATE tipoffs SET created_at = @at WHERE id = @id", new { id, at = at.ToUnixTimeMilliseconds() });
        }
        using var moved = await ChangeStatusAsync(Bootstrap, OaA, gambling, TipOffStatus.Verifying);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        Assert.Equal([gambling, drugs, older], await ListAsync(Bootstrap, $"oaId={OaA}"));
        Assert.Equal([gambling], await ListAsync(Bootstrap, $"oaId={OaA}&status=verifying"));
        Assert.Equal([drugs], await ListAsync(Bootstrap, $"oaId={OaA}&category=drugs"));
        Assert.Equal([older], await ListAsync(Bootstrap, $"oaId={OaA}&to=2026-02-01T00:00:00Z"));
        Assert.Equal([gambling, drugs], await ListAsync(Bootstrap, $"oaId={OaA}&from=2026-02-01T00:00:00Z"));
        Assert.Equal([drugs], await ListAsync(Bootstrap, $"oaId={OaA}&limit=1&before={gambling}"));

        var raw = await Bootstrap.GetStringAsync($"/api/admin/tipoffs?oaId={OaA}");
        Assert.DoesNotContain("hẻm 12", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Đánh bạc", raw, StringComparison.Ordinal);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action = @a", new { a = TipOffDesk.ViewAction }));
    }

    [Fact]
    public async Task ListRefusesAStatusOutsideTheWorkflow()
    {
        using var response = await Bootstrap.GetAsync($"/api/admin/tipoffs?oaId={OaA}&status=closed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpeningAReportShowsItsWordsAndWritesWhoOpenedIt()
    {
        var id = await CreateReportAsync(OaA, "Xe tải chở gỗ lậu lúc 2 giờ sáng", anonymous: false, userId: "u-named", contact: "0912345678");
        var (officerId, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var response = await ClientWith(key).GetAsync($"/api/admin/tipoffs/{id}?oaId={OaA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var opened = await ReadJsonAsync(response);
        var report = opened.GetProperty("report");
        Assert.Equal(("Xe tải chở gỗ lậu lúc 2 giờ sáng", "0912345678", "u-named"),
            (report.GetProperty("text").GetString(), report.GetProperty("contact").GetString(), report.GetProperty("userId").GetString()));
        Assert.Equal($"{officerId}|Cán bộ A|{TipOffDesk.ViewAction}|{OaA}|{id}|",
            Service.Query<string>("SELECT officer_id || '|' || actor || '|' || action || '|' || oa_id || '|' || subject || '|' || COALESCE(detail, '') FROM audit_log WHERE action = 'tipoff.view'"));
    }

    [Fact]
    public async Task AnotherAccountsOfficerGetsNotFoundOnEveryRoute()
    {
        var inB = await CreateReportAsync(OaB, "Tin báo của xã B", anonymous: false, userId: "u-b");
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var (officerB, _) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);
        var client = ClientWith(keyA);

        // Asking with the report's own account, and with the officer's account: neither may reach it.
        foreach (var oaId in new[] { OaB, OaA })
        {
            using var list = await client.GetAsync($"/api/admin/tipoffs?oaId={oaId}");
            using var open = await client.GetAsync($"/api/admin/tipoffs/{inB}?oaId={oaId}");
            using var export = await client.GetAsync($"/api/admin/tipoffs/{inB}/export?oaId={oaId}");
            using var assign = await PostAsync(client, inB, "assign", new { oaId, officerId = officerB });
            using var status = await ChangeStatusAsync(client, oaId, inB, TipOffStatus.Verifying);
            using var note = await PostAsync(client, inB, "notes", new { oaId, text = "ghi chú" });
            using var question = await PostAsync(client, inB, "questions", new { oaId, text = "Bạn thấy lúc mấy giờ?" });

            var expected = oaId == OaA
                ? new[] { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound }
                : Enumerable.Repeat(HttpStatusCode.NotFound, 7).ToArray();
            Assert.Equal(expected, new[] { list, open, export, assign, status, note, question }.Select(r => r.StatusCode));
        }
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE action LIKE 'tipoff.%'"));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM tipoff_notes"));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM outbox_messages"));
        Assert.Equal("new", Service.Query<string>("SELECT status FROM tipoffs WHERE id = @inB", new { inB }));
    }

    [Fact]
    public async Task ExportIsAnAuditedAttachmentWithTheTimelineAndEvidenceHashes()
    {
        var id = await CreateReportAsync(OaA, "Cháy nổ ở kho hàng, có ảnh", anonymous: true);
        var contentHash = Convert.FromHexString("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        var cipher = Service.Services.GetRequiredService<TipOffCipher>();
        await ExecuteAsync("""
            INSERT INTO tipoff_evidence (id, tipoff_id, kind, source_cipher, status, next_attempt_at, content_type, size, created_at, stored_at)
            VALUES (501, @id, 'image', zeroblob(0), 'stored', 0, 'image/jpeg', 2048, 0, 1)
            """, new { id });
        await ExecuteAsync("UPDATE tipoff_evidence SET sha256_cipher = @sealedHash WHERE id = 501",
            new { sealedHash = cipher.Encrypt(contentHash, TipOffEvidenceList.Sha256Context(501)) });
        var (officerId, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var client = ClientWith(key);
        using (var note = await PostAsync(client, id, "notes", new { oaId = OaA, text = "Đã báo PCCC" }))
        {
            Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        }

        using var response = await client.GetAsync($"/api/admin/tipoffs/{id}/export?oaId={OaA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"tin-bao-{id}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var handover = await ReadJsonAsync(response);
        Assert.Equal((TipOffHandover.CurrentFormat, officerId, "Cán bộ A"),
            (handover.GetProperty("format").GetString(), handover.GetProperty("exportedByOfficerId").GetInt64(), handover.GetProperty("exportedBy").GetString()));
        var exported = handover.GetProperty("case");
        Assert.Equal("Cháy nổ ở kho hàng, có ảnh", exported.GetProperty("report").GetProperty("text").GetString());
        var entry = Assert.Single(exported.GetProperty("timeline").EnumerateArray());
        Assert.Equal(("note", "Đã báo PCCC", officerId),
            (entry.GetProperty("kind").GetString(), entry.GetProperty("body").GetString(), entry.GetProperty("officerId").GetInt64()));
        var evidence = Assert.Single(exported.GetProperty("evidence").EnumerateArray());
        Assert.Equal((501L, "stored", "image/jpeg", 2048L, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            (evidence.GetProperty("id").GetInt64(), evidence.GetProperty("status").GetString(), evidence.GetProperty("contentType").GetString(),
             evidence.GetProperty("size").GetInt64(), evidence.GetProperty("sha256").GetString()));
        Assert.Equal($"{officerId}|{id}", Service.Query<string>("SELECT officer_id || '|' || subject FROM audit_log WHERE action = 'tipoff.export'"));
    }
}
