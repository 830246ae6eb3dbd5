using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;
using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.TipOffs.FollowUp;

/// <summary>Residents follow a report up by its receipt code (or, when named, by picking it) and answer officers' questions.</summary>
public sealed class TipOffFollowUpDialogTests : IAsyncDisposable
{
    private const string Question = "Bạn thấy nhóm đó lúc mấy giờ?";

    private readonly ConversationHarness _harness = ConversationHarness.Create(settings: new Dictionary<string, string?>
    {
        ["TipOffs:ReceiptHashIterations"] = "10000",
        ["TipOffs:FollowUp:MaxWrongCodesPerHour"] = "3",
    });

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    private async Task<(long Id, string Receipt)> ReportAsync(bool anonymous = true, string? userId = null, string category = "drugs") =>
        await _harness.Services.GetRequiredService<TipOffStore>().CreateAsync(
            new NewTipOff(_harness.AccountId, category, "Có người bán ma tuý ở hẻm 12", anonymous, userId));

    private Task<DeskOutcome> AskAsync(long id) =>
        _harness.Services.GetRequiredService<TipOffDesk>().AskAsync(Officer.Bootstrap, _harness.AccountId, id, Question);

    private T Query<T>(string sql, object? parameters = null)
    {
        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    [Fact]
    public async Task CodeInTheMessageShowsTheStatusAtOnceAndTheTranscriptKeepsNoTrace()
    {
        var (_, receipt) = await ReportAsync();

        await _harness.Resident().Send($"theo dõi {receipt} giúp em")
            .AssertReplyContains("gửi ngày 01/12/2026", "Loại: Ma túy", "Trạng thái: Đã tiếp nhận, đang chờ xử lý")
            .AssertNoReply()
            .Send("xin chào").AssertReplyContains("Xin chào");

        Assert.Equal(0L, Query<long>("SELECT count(*) FROM transcript_entries WHERE text LIKE @code", new { code = $"%{receipt[..4]}%" }));
        // Following up an anonymous report leaves no transcript line at all: the first one left is the greeting after it.
        Assert.Equal("xin chào", Query<string>("SELECT text FROM transcript_entries WHERE direction = 'in' ORDER BY id LIMIT 1"));
    }

    [Fact]
    public async Task MenuWordsAskForTheCodeWhichMayBeTypedInLowerCaseWithSpaces()
    {
        var (id, receipt) = await ReportAsync();
        await _harness.Services.GetRequiredService<TipOffDesk>().ChangeStatusAsync(Officer.Bootstrap, _harness.AccountId, id, TipOffStatus.Verifying, null);

        await _harness.Resident().Send("tra cứu tin báo").AssertReplyContains("nhập mã theo dõi")
            .Send("mã là " + receipt.Replace('-', ' ').ToLowerInvariant())
            .AssertReplyContains("Trạng thái: Đang xác minh", "Cán bộ đang xác minh")
            .AssertNoReply();
    }

    [Theory]
    // A report sent before, told as a story: it asks after that report, it is no new one ("gửi tin báo" alone would be).
    [InlineData("Kính gửi Công an phường, tuần trước tôi có gửi tin báo về việc mất trộm, nay tôi muốn hỏi tiến độ xử lý.")]
    [InlineData("em da gui tin bao vu mat xe hom t7, gio sao roi ad")]
    public async Task AReportSentBeforeIsFollowedUpNotBegunAgain(string message) =>
        await _harness.Resident().Send(message).AssertReplyContains("nhập mã theo dõi");

    [Fact]
    public async Task WrongCodeGetsASecondChanceThenAPoliteEnd()
    {
        await ReportAsync();

        await _harness.Resident().Send("theo doi").AssertReplyContains("nhập mã theo dõi")
            .Send("không nhớ").AssertReplyContains("chưa thấy mã theo dõi")
            .Send("AAAA-BBBB-CCCC").AssertReplyContains("Xin lỗi", "không tìm thấy tin báo", "nhập lại mã")
            .Send("AAAA-BBBB-CCCD").AssertReplyContains("vẫn chưa tìm thấy tin báo")
            .AssertNoReply()
            .Send("xin chào").AssertReplyContains("Xin chào");
    }

    [Fact]
    public async Task TooManyWrongCodesAskTheResidentToWaitEvenWithTheRightCode()
    {
        var (_, receipt) = await ReportAsync();

        await _harness.Resident().Send("theo dõi AAAA-BBBB-CCCC").AssertReplyContains("không tìm thấy tin báo")
            .Send("AAAA-BBBB-CCCD").AssertReplyContains("vẫn chưa tìm thấy")
            .Send("theo dõi AAAA-BBBB-CCCE").AssertReplyContains("thử lại sau một giờ")
            .Send($"theo dõi {receipt}").AssertReplyContains("thử lại sau một giờ")
            .AssertNoReply();
        // Another resident is not held back by the first one's attempts.
        await _harness.Resident("resident-2").Send($"theo dõi {receipt}").AssertReplyContains("Trạng thái:");
    }

    [Fact]
    public async Task AnswerToAnOfficersQuestionIsStoredSealedAndTheFlowEnds()
    {
        var (id, receipt) = await ReportAsync(anonymous: true);
        await AskAsync(id);

        await _harness.Resident().Send($"theo dõi {receipt}").AssertReplyContains("Trạng thái:")
            .AssertReplyContains(Question, "bỏ qua");
        // While the answer is awaited, the resident's stored conversation names neither the question nor the report.
        var waiting = Query<string>("SELECT data FROM conversation_states WHERE user_id = 'resident-1'");
        Assert.DoesNotContain(Question, waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("ReportId", waiting, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("QuestionId", waiting, StringComparison.OrdinalIgnoreCase);
        await _harness.Resident()
            .Send("Khoảng 10 giờ tối thứ Bảy").AssertReplyContains("Xin cảm ơn bạn", "chuyển đến cán bộ")
            .AssertNoReply()
            .Send("xin chào").AssertReplyContains("Xin chào");

        var timeline = await _harness.Services.GetRequiredService<TipOffDesk>().OpenAsync(Officer.Bootstrap, _harness.AccountId, id);
        Assert.Collection(timeline!.Timeline,
            question => Assert.Equal((TipOffNoteKinds.Question, Question, true), (question.Kind, question.Body, question.AnsweredAt is not null)),
            answer => Assert.Equal((TipOffNoteKinds.Answer, "Khoảng 10 giờ tối thứ Bảy", (long?)null), (answer.Kind, answer.Body, answer.OfficerId)));
        Assert.Equal(0L, Query<long>("SELECT count(*) FROM tipoff_notes WHERE CAST(body_cipher AS TEXT) LIKE '%10 gi%'"));
        Assert.Equal(0L, Query<long>("SELECT count(*) FROM transcript_entries WHERE text LIKE '%10 giờ tối%'"));
        Assert.Equal(0L, Query<long>("SELECT count(*) FROM conversation_states WHERE data LIKE @code", new { code = $"%{receipt[..4]}%" }));
        Assert.Null(Query<string?>("SELECT user_id FROM tipoffs WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task SkippingLeavesTheQuestionOpenForLater()
    {
        var (id, receipt) = await ReportAsync();
        await AskAsync(id);

        await _harness.Resident().Send($"theo dõi {receipt}").AssertReplyContains("Trạng thái:").AssertReplyContains(Question)
            .Send("bỏ qua").AssertReplyContains("trả lời sau")
            .AssertNoReply();

        Assert.Equal(1L, Query<long>("SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id AND kind = 'question' AND answered_at IS NULL", new { id }));
    }

    [Fact]
    public async Task NamedResidentGetsTheQuestionPushedAndPicksTheReportWithoutTheCode()
    {
        await ReportAsync(anonymous: false, userId: "someone-else", category: "gambling");
        var (id, _) = await ReportAsync(anonymous: false, userId: "resident-1", category: "traffic");
        await AskAsync(id);

        await _harness.Resident().Send("theo dõi")
            .AssertReplyContains("Cán bộ công an hỏi thêm về tin báo của bạn (gửi ngày 01/12)", Question, "theo dõi")
            .AssertReply(list =>
            {
                Assert.Contains("1. Vi phạm giao thông, đua xe, gửi ngày 01/12/2026: Đã tiếp nhận, đang chờ xử lý", list.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Cờ bạc", list.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("2.", list.Text, StringComparison.Ordinal);
            })
            .Send("1").AssertReplyContains("Loại: Vi phạm giao thông, đua xe").AssertReplyContains(Question)
            .Send("Lúc 9 giờ").AssertReplyContains("Xin cảm ơn bạn");

        Assert.Equal(1L, Query<long>("SELECT count(*) FROM tipoff_notes WHERE tipoff_id = @id AND kind = 'answer'", new { id }));
    }
}
