using System.Net;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>The workflow, assignment and questions: what is allowed, what is refused, and what reaches the reporter.</summary>
public sealed class TipOffApiWorkflowTests : TipOffApiTest
{
    [Fact]
    public async Task WorkflowGoesForwardOnlyAndClosingIsFinal()
    {
        var id = await CreateReportAsync(OaA, "Trộm xe máy ở chợ");
        var (officerId, key) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var client = ClientWith(key);

        using var skipToHandled = await ChangeStatusAsync(client, OaA, id, TipOffStatus.Handled);
        using var verifying = await ChangeStatusAsync(client, OaA, id, TipOffStatus.Verifying, "Đã liên hệ ban quản lý chợ");
        using var backToNew = await ChangeStatusAsync(client, OaA, id, TipOffStatus.New);
        using var rejectWithoutWhy = await ChangeStatusAsync(client, OaA, id, TipOffStatus.Rejected);
        using var unknown = await ChangeStatusAsync(client, OaA, id, "closed");
        Assert.Null(Service.Query<long?>("SELECT closed_at FROM tipoffs WHERE id = @id", new { id }));
        using var transferred = await ChangeStatusAsync(client, OaA, id, TipOffStatus.Transferred, "Chuyển Công an quận");
        using var afterClosing = await ChangeStatusAsync(client, OaA, id, TipOffStatus.Handled);
        using var questionAfterClosing = await PostAsync(client, id, "questions", new { oaId = OaA, text = "Còn thông tin gì không?" });
        using var noteAfterClosing = await PostAsync(client, id, "notes", new { oaId = OaA, text = "Quận đã nhận hồ sơ" });

        Assert.Equal(
            [HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
             HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.OK],
            new[] { skipToHandled, verifying, backToNew, rejectWithoutWhy, unknown, transferred, afterClosing, questionAfterClosing, noteAfterClosing }
                .Select(r => r.StatusCode));
        Assert.Equal("transferred|1", Service.Query<string>(
            "SELECT status || '|' || (closed_at IS NOT NULL AND closed_at = updated_at) FROM tipoffs WHERE id = @id", new { id }));
        Assert.Equal("status:verifying|status:transferred|note:", Service.Query<string>(
            "SELECT group_concat(kind || ':' || COALESCE(status, ''), '|') FROM (SELECT kind, status FROM tipoff_notes WHERE tipoff_id = @id ORDER BY id)", new { id }));
        Assert.Equal($"from=new; to=verifying|from=verifying; to=transferred", Service.Query<string>(
            "SELECT group_concat(substr(detail, 1, instr(detail, '; note=') - 1), '|') FROM (SELECT detail FROM audit_log WHERE action = 'tipoff.status' AND officer_id = @officerId ORDER BY id)",
            new { officerId }));
        // The notes' words are sealed: neither the timeline nor the audit keeps them in clear.
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM tipoff_notes WHERE CAST(body_cipher AS TEXT) LIKE '%Quận%'"));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE detail LIKE '%Quận%' OR detail LIKE '%chợ%'"));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task QuestionToANamedReporterReachesTheirZaloChat()
    {
        var id = await CreateReportAsync(OaA, "Nhóm thanh niên tụ tập gây rối", anonymous: false, userId: "u-named");
        const string question = "Bạn có nhớ biển số xe của nhóm đó không?";

        using var response = await PostAsync(Bootstrap, id, "questions", new { oaId = OaA, text = question });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var noteId = (await ReadJsonAsync(response)).GetProperty("noteId").GetInt64();
        var sent = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal("u-named", sent.UserId);
        Assert.Contains(question, sent.Text, StringComparison.Ordinal);
        Assert.Contains("theo dõi", sent.Text, StringComparison.Ordinal);
        Assert.Equal(1L, Service.Query<long>("SELECT redact_after_send FROM outbox_messages WHERE idempotency_key LIKE @key",
            new { key = TipOffPush.Source(noteId) + ":%" }));
        Assert.Equal("question|1", Service.Query<string>(
            "SELECT kind || '|' || (answered_at IS NULL) FROM tipoff_notes WHERE id = @noteId", new { noteId }));
        Assert.Equal($"note={noteId}; pushed=1", Service.Query<string>("SELECT detail FROM audit_log WHERE action = 'tipoff.question'"));
    }

    [Fact]
    public async Task StatusChangeIsPushedToANamedReporterInPlainVietnamese()
    {
        var id = await CreateReportAsync(OaB, "Lấn chiếm vỉa hè", anonymous: false, userId: "u-status");

        using var response = await ChangeStatusAsync(Bootstrap, OaB, id, TipOffStatus.Verifying);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await Zalo.WaitForMessagesAsync(1, Patience));
        Assert.Equal(("u-status", "access-b"), (sent.UserId, sent.AccessToken));
        Assert.Contains("Đang xác minh", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousReporterIsSentNothing()
    {
        var id = await CreateReportAsync(OaA, "Buôn bán pháo nổ", anonymous: true);

        using var question = await PostAsync(Bootstrap, id, "questions", new { oaId = OaA, text = "Bạn thấy ở số nhà nào?" });
        using var status = await ChangeStatusAsync(Bootstrap, OaA, id, TipOffStatus.Verifying);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (question.StatusCode, status.StatusCode));
        // The outbox rows would have been written in the same transaction as the notes: none means none will go.
        Assert.Equal(2L, Service.Query<long>("SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id", new { id }));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM outbox_messages"));
        Assert.Equal(0L, Service.Query<long>("SELECT count(*) FROM audit_log WHERE detail LIKE '%pushed%'"));
    }

    [Fact]
    public async Task AssignmentTakesOnlyAnEnabledOfficerWhoSeesTheAccount()
    {
        var id = await CreateReportAsync(OaA, "Cho vay nặng lãi");
        var (officerA, _) = await CreateOfficerAsync("Cán bộ A", "officer", OaA);
        var (officerB, _) = await CreateOfficerAsync("Cán bộ B", "officer", OaB);

        using var toOtherAccount = await PostAsync(Bootstrap, id, "assign", new { oaId = OaA, officerId = officerB });
        using var toNobodyKnown = await PostAsync(Bootstrap, id, "assign", new { oaId = OaA, officerId = 9999 });
        using var toA = await PostAsync(Bootstrap, id, "assign", new { oaId = OaA, officerId = officerA });
        var assigned = Service.Query<long?>("SELECT assigned_officer_id FROM tipoffs WHERE id = @id", new { id });
        using var unassign = await PostAsync(Bootstrap, id, "assign", new { oaId = OaA, officerId = (long?)null });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { toOtherAccount, toNobodyKnown, toA, unassign }.Select(r => r.StatusCode));
        Assert.Equal(officerA, assigned);
        Assert.Null(Service.Query<long?>("SELECT assigned_officer_id FROM tipoffs WHERE id = @id", new { id }));
        Assert.Equal($"assignee={officerA}|assignee=none", Service.Query<string>(
            "SELECT group_concat(substr(detail, 1, instr(detail, ';') - 1), '|') FROM (SELECT detail FROM audit_log WHERE action = 'tipoff.assign' ORDER BY id)"));
    }

    [Fact]
    public async Task TextsAreRequiredAndLimited()
    {
        var id = await CreateReportAsync(OaA, "Tiếng ồn karaoke sau 22 giờ");

        using var empty = await PostAsync(Bootstrap, id, "notes", new { oaId = OaA, text = "   " });
        using var tooLong = await PostAsync(Bootstrap, id, "questions", new { oaId = OaA, text = new string('a', TipOffDesk.MaxTextLength + 1) });
        using var longest = await PostAsync(Bootstrap, id, "notes", new { oaId = OaA, text = new string('a', TipOffDesk.MaxTextLength) });
        using var oaInQuery = await Bootstrap.PostAsync($"/api/admin/tipoffs/{id}/notes?oaId={OaA}",
            System.Net.Http.Json.JsonContent.Create(new { text = "ghi chú" }));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { empty, tooLong, longest, oaInQuery }.Select(r => r.StatusCode));
    }
}
