using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatAssistant.Content;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Storage;
using ChatAssistant.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.IntegrationTests.Officers;

/// <summary>Officers read the hand-offs of their accounts, reply through the outbox, and release them.</summary>
public sealed class HandoffApiTests : OfficerApiTest
{
    private string Text(string key) => Service.Services.GetRequiredService<ResidentTexts>().Get(key);

    private static async Task<JsonElement> ListAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/admin/handoffs"));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task OfficerOfAnAccountSeesOnlyThatAccountsHandoffs()
    {
        var inA = await OpenHandoffAsync(OaA, "u-a");
        var inB = await OpenHandoffAsync(OaB, "u-b");
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        var seenByA = await ListAsync(ClientWith(keyA));
        var seenByAdmin = await ListAsync(Bootstrap);

        var only = Assert.Single(seenByA.EnumerateArray());
        Assert.Equal((inA, OaA, "u-a", "waiting"),
            (only.GetProperty("id").GetInt64(), only.GetProperty("oaId").GetString(), only.GetProperty("userId").GetString(), only.GetProperty("status").GetString()));
        Assert.Equal([inA, inB], seenByAdmin.EnumerateArray().Select(h => h.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task ListCarriesTheLastFiftyTranscriptLinesRedacted()
    {
        var id = await OpenHandoffAsync(OaA, "u-talk");
        var transcripts = Service.Services.GetRequiredService<TranscriptStore>();
        await Service.Services.GetRequiredService<SqliteWriter>().WriteAsync((c, t) =>
        {
            for (var i = 1; i <= 60; i++)
            {
                transcripts.Append(c, t, OaA, "u-talk", TranscriptDirections.In, $"câu {i}, gọi 0912345678");
            }
        });

        var handoff = Assert.Single((await ListAsync(Bootstrap)).EnumerateArray());

        var lines = handoff.GetProperty("transcript").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(id, handoff.GetProperty("id").GetInt64());
        Assert.Equal(50, lines.Count);
        Assert.Equal($"câu 11, gọi {Redactor.PhoneMask}", lines[0]);
        Assert.Equal($"câu 60, gọi {Redactor.PhoneMask}", lines[^1]);
    }

    [Fact]
    public async Task ReplyingToAnotherAccountsHandoffIsNotFound()
    {
        var inB = await OpenHandoffAsync(OaB, "u-b");
        var (_, keyA) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);

        using var reply = await ClientWith(keyA).PostAsJsonAsync($"/api/admin/handoffs/{inB}/messages", new { text = "Xin chào" });
        using var release = await ClientWith(keyA).PostAsync($"/api/admin/handoffs/{inB}/release", null);
        using var missing = await ClientWith(keyA).PostAsJsonAsync("/api/admin/handoffs/999/messages", new { text = "Xin chào" });

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, release.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM outbox_messages"));
        Assert.Equal("waiting", Service.Query<string>("SELECT status FROM handoffs WHERE id = @inB", new { inB }));
    }

    [Fact]
    public async Task ReplyReachesTheResidentAndIsRecorded()
    {
        var id = await OpenHandoffAsync(OaA, "u-reply");
        var (officerId, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        const string words = "Xin chào, hồ sơ của bạn đã đủ. Bạn mang bản gốc đến trụ sở. Xin cảm ơn.";

        using var response = await ClientWith(key).PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = words });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var transcriptId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transcriptId").GetInt64();
        var sent = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal(("u-reply", words), (sent.UserId, sent.Text));
        Assert.Equal($"officer|{officerId}|{words}",
            Service.Query<string>("SELECT direction || '|' || officer_id || '|' || text FROM transcript_entries WHERE id = @transcriptId", new { transcriptId }));
        Assert.Equal($"{officerId}|handoff.reply|{OaA}|{id}",
            Service.Query<string>("SELECT officer_id || '|' || action || '|' || oa_id || '|' || subject FROM audit_log WHERE action = 'handoff.reply'"));
        Assert.Equal($"active|{officerId}",
            Service.Query<string>("SELECT status || '|' || officer_id FROM handoffs WHERE id = @id AND last_officer_message_at IS NOT NULL", new { id }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task EmptyReplyIsRefused(string? text)
    {
        var id = await OpenHandoffAsync(OaA, "u-empty");

        using var response = await Bootstrap.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ReplyLongerThanZaloAllowsIsRefused()
    {
        var id = await OpenHandoffAsync(OaA, "u-long");

        using var tooLong = await Bootstrap.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = new string('a', 2001) });
        using var longest = await Bootstrap.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = new string('a', 2000) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, longest.StatusCode);
    }

    [Fact]
    public async Task ReleaseClosesTheHandoffAndTellsTheResident()
    {
        var id = await OpenHandoffAsync(OaB, "u-release");
        var (officerId, key) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);

        using var response = await ClientWith(key).PostAsync($"/api/admin/handoffs/{id}/release", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal(("u-release", Text(HandoffTexts.Released), "access-b"), (sent.UserId, sent.Text, sent.AccessToken));
        Assert.Equal("closed|officer", Service.Query<string>("SELECT status || '|' || close_reason FROM handoffs WHERE id = @id", new { id }));
        Assert.Equal(officerId, Service.Query<long>("SELECT officer_id FROM audit_log WHERE action = 'handoff.release'"));
        Assert.Empty((await ListAsync(ClientWith(key))).EnumerateArray());

        using var again = await ClientWith(key).PostAsync($"/api/admin/handoffs/{id}/release", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}
