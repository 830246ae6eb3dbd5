using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversations;
using ChatAssistant.Features.TipOffs;
using ChatAssistant.Storage;
using ChatAssistant.Testing.Conversations;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.TipOffs.Reporting;

/// <summary>Residents report in chat: anonymous or not, with a place and photos, through interruptions and limits.</summary>
public sealed class TipOffReportDialogTests : IAsyncDisposable
{
    private const string Story = "Tối nào cũng có nhóm đánh bạc ở nhà số 12 ngõ 5";

    private readonly ConversationHarness _harness = ConversationHarness.Create(settings: new Dictionary<string, string?>
    {
        ["TipOffs:MaxReportsPerHour"] = "2",
        ["TipOffs:MaxTextLength"] = "200",
        ["TipOffs:MaxEvidenceFiles"] = "2",
        // Quick hashes: these tests are about the conversation, not the cost of guessing codes.
        ["TipOffs:ReceiptHashIterations"] = "10000",
    });

    private string? _receipt;

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AnonymousReportWithPlaceAndPhotoEndsWithAReceiptThatFindsIt()
    {
        await _harness.Resident("anon-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn bạn đã báo tin", "ẩn danh").AssertReplyContains("thuộc loại nào", "1. Ma túy", "3. Cờ bạc", "9. Việc khác")
            .Send("3").AssertReplyContains("kể lại sự việc", "xong")
            .Send(Story).AssertReplyContains("Đã ghi")
            .SendAttachment(AttachmentKind.Image, "https://photo.zdn.vn/anh-1.jpg").AssertReplyContains("Đã nhận 1 ảnh/video/tệp")
            .Send("xong").AssertReplyContains("xảy ra khi nào")
            .Send("tối qua khoảng 21h").AssertReplyContains("xảy ra ở đâu")
            .SendLocation(21.028511, 105.804817, "Ngõ 5 phố Thử").AssertReplyContains("Đã nhận 1 ảnh/video/tệp", "không có")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào", "1. Ẩn danh", "2. Để lại tên")
            .Send("1").AssertReplyContains("Loại: Cờ bạc, cá độ", "Nội dung: " + Story, "Thời gian: tối qua khoảng 21h", "21.028511, 105.804817", "1 ảnh/video/tệp", "Người báo: ẩn danh")
            .AssertReplyContains("Gửi tin báo này")
            .Send("có").AssertReplyContains("Công an đã nhận tin báo")
            .AssertReply(code => _receipt = code.Text)
            .AssertReplyContains("chỉ hiện MỘT LẦN", "theo dõi")
            .AssertNoReply();

        var report = Store.FindByReceipt(_harness.AccountId, _receipt!);
        Assert.NotNull(report);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", _receipt);
        Assert.True(report.Anonymous);
        Assert.Null(report.UserId);
        Assert.Null(report.Contact);
        Assert.Equal("gambling", report.Category);
        Assert.StartsWith(Story, report.Text, StringComparison.Ordinal);
        Assert.Contains("tối qua khoảng 21h", report.Text, StringComparison.Ordinal);
        Assert.Equal("21.028511, 105.804817 (Ngõ 5 phố Thử)", report.Location);
        Assert.NotNull(report.OccurredAt);
        Assert.True(report.OccurredAt < _harness.Clock.GetUtcNow());
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM tipoff_evidence WHERE tipoff_id = @id AND status = 'pending'", new { id = report.Id }));
    }

    [Fact]
    public async Task AnAnonymousReportOfWhatIsHappeningNowKeepsThatTimeOnlyToTheHour()
    {
        await _harness.Resident("now-1").Wait(new TimeSpan(0, 0, 23, 45, 678))
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("3").AssertReplyContains("kể lại")
            .Send(Story).AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("đang diễn ra").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("thế nào")
            .Send("1").AssertReplyContains("Thời gian: đang diễn ra").AssertReplyContains("Gửi")
            .Send("có").AssertReplyContains("đã nhận").AssertReply(code => _receipt = code.Text);

        var report = Store.FindByReceipt(_harness.AccountId, _receipt!)!;
        // The words stay in the text for officers; the time read off the clock is no finer than the report's own.
        Assert.Contains("đang diễn ra", report.Text, StringComparison.Ordinal);
        Assert.NotEqual(_harness.Clock.GetUtcNow(), FlowTraces.ToTheHour(_harness.Clock.GetUtcNow()));
        Assert.Equal(FlowTraces.ToTheHour(_harness.Clock.GetUtcNow()), report.OccurredAt);
    }

    [Fact]
    public async Task NamedReportKeepsContactAndResidentAndSkipsTheCategoryNamedInTheFirstMessage()
    {
        await _harness.Resident("named-1")
            // The request carries the first words of the story: they are kept as its first part.
            .Send("báo tin có người bán ma túy ở quán nước").AssertReplyContains("Cảm ơn bạn").AssertReplyContains("phần đầu của tin báo")
            .Send("Thường vào chiều tối, hai thanh niên đi xe máy đỏ").AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("quán nước đầu ngõ 7 đường Thử").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("gửi tin báo thế nào")
            .Send("2").AssertReplyContains("họ tên")
            .Send("Nguyễn Văn Báo").AssertReplyContains("Số điện thoại")
            .Send("0912 345 678").AssertReplyContains("Loại: Ma túy", "bán ma túy ở quán nước", "Thời gian: không rõ", "quán nước đầu ngõ 7", "Bằng chứng: không có", "Nguyễn Văn Báo")
            .AssertReplyContains("Gửi tin báo")
            .Send("ok").AssertReplyContains("đã nhận tin báo")
            .AssertReply(code => _receipt = code.Text)
            .AssertReplyContains("gọi số điện thoại bạn để lại");

        var report = Store.FindByReceipt(_harness.AccountId, _receipt!)!;
        Assert.False(report.Anonymous);
        Assert.Equal("named-1", report.UserId);
        Assert.Contains("Nguyễn Văn Báo", report.Contact, StringComparison.Ordinal);
        Assert.Contains("0912345678", report.Contact!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("drugs", report.Category);
        Assert.Null(report.OccurredAt);
    }

    [Fact]
    public async Task EmergencyWordsBringTheNumberToCallFirstThenTheFlowGoesOn() =>
        await _harness.Resident("urgent-1")
            .Send("to giac").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("4").AssertReplyContains("kể lại")
            .Send("có người đang đánh nhau trước cổng chợ").AssertReplyContains("GỌI NGAY 113").AssertReplyContains("Đã ghi")
            // Said once: the next lines about the same fight do not repeat it.
            .Send("họ đang đánh nhau bằng gậy").AssertReplyContains("Đã ghi")
            .Send("giờ có cháy nhà bên cạnh").AssertReplyContains("GỌI NGAY 114").AssertReplyContains("Đã ghi")
            // Still going on: the number again.
            .Send("họ vẫn đang đánh nhau, có người cầm dao").AssertReplyContains("GỌI NGAY 113").AssertReplyContains("Đã ghi")
            .AssertNoReply();

    [Fact]
    public async Task WhatHappensAtTheHeadOfAnAlleyIsAReportNotAQuestionWhereTheOfficeIs() =>
        // Folded, "ở đầu hẻm" is "ở đâu" (where).
        await _harness.Resident("alley-1")
            .Send("ad oi co dua ban ma tuy o dau hem nha e").AssertReply(reply =>
            {
                Assert.Contains("báo tin về ma túy", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giờ làm việc", reply.Text, StringComparison.Ordinal);
            });

    [Fact]
    public async Task FireSafetyProceduresAreNotEmergencies() =>
        await _harness.Resident("pccc-1")
            .Send("thủ tục phòng cháy chữa cháy cần gì")
            .AssertReply(reply => Assert.DoesNotContain("GỌI NGAY", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task HelpCancelAndMenuWorkMidReportAndCancellingStoresNothing()
    {
        await _harness.Resident("interrupt-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("trộm cắp").AssertReplyContains("kể lại")
            .Send("giúp").AssertReplyContains("nhiều tin").AssertReplyContains("kể lại")
            .Send("mất xe máy ở bãi xe chợ").AssertReplyContains("Đã ghi")
            .Send("menu").AssertReplyContains("làm dở", "về menu chính không")
            .Send("không").AssertReplyContains("tiếp tục").AssertReplyContains("kể lại")
            .Send("hủy").AssertReplyContains("Đã hủy")
            .AssertNoReply();
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM tipoffs"));
    }

    [Fact]
    public async Task AskingHowToAnswerTheKindInASentenceGetsHelpAndIsNotTakenAsTheStory() =>
        await _harness.Resident("interrupt-2")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("huong danx cach tra loi di").AssertReplyContains("số thứ tự").AssertReplyContains("thuộc loại nào", "Cờ bạc")
            .Send("cờ bac").AssertReplyContains("kể lại")
            .AssertNoReply();

    [Fact]
    public async Task AQuestionAboutSecrecyAskedInTheStoryIsAnsweredAndNotKeptAsPartOfIt()
    {
        await _harness.Resident("aside-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("trộm cắp").AssertReplyContains("kể lại")
            .Send("nhà xe chung cư bị tháo trộm pin xe đạp điện mấy đêm liền").AssertReplyContains("Đã ghi")
            .Send("Mà em hỏi chút, báo rồi thì người trong chung cư có ai biết tên em không?").AssertReplyContains("giữ bí mật").AssertReplyContains("kể lại")
            .Send("xong").AssertReplyContains("xảy ra khi nào");
    }

    [Fact]
    public async Task ThirdReportInAnHourIsRefusedPolitelyBeforeAnythingIsWrittenAndTheFirstTwoAreKept()
    {
        for (var i = 0; i < 2; i++)
        {
            await ReportQuicklyAsync("many-1", $"Lần {i}: xe đua trái phép mỗi tối trên đường đê");
        }
        await _harness.Resident("many-1").Send("tố giác").AssertReplyContains("đã gửi 2 tin báo trong một giờ qua", "gọi 113").AssertNoReply();
        Assert.Equal(2, Scalar<long>("SELECT count(*) FROM tipoffs"));
        // Another resident is not held back by it.
        await ReportQuicklyAsync("many-2", "Đua xe trên đường đê");
        Assert.Equal(3, Scalar<long>("SELECT count(*) FROM tipoffs"));
    }

    [Fact]
    public async Task StoryOverTheLengthLimitIsRefusedPolitelyAndWhatCameBeforeIsKept()
    {
        await _harness.Resident("long-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("9").AssertReplyContains("kể lại")
            .Send("Phần đầu câu chuyện").AssertReplyContains("Đã ghi")
            .Send(new string('x', 250)).AssertReplyContains("giới hạn 200 ký tự", "vẫn giữ nguyên")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("thế nào")
            .Send("ẩn danh").AssertReplyContains("Nội dung: Phần đầu câu chuyện").AssertReplyContains("Gửi")
            .Send("có").AssertReplyContains("đã nhận").AssertReply(code => _receipt = code.Text);
        Assert.Equal("Phần đầu câu chuyện", Store.FindByReceipt(_harness.AccountId, _receipt!)!.Text);
    }

    [Fact]
    public async Task FilesOverTheSizeOrCountLimitAreRefusedByNameAndTheRestKept()
    {
        var tooLarge = new Attachment(AttachmentKind.File, "https://f.zdn.vn/video-dai.mp4") { Name = "video-dai.mp4", Size = 30L * 1024 * 1024 };
        await _harness.Resident("files-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("2").AssertReplyContains("kể lại")
            .Send("Trộm đột nhập nhà kho đêm qua").AssertReplyContains("Đã ghi")
            .SendMedia(tooLarge).AssertReplyContains("\"video-dai.mp4\" lớn hơn 25 MB").AssertNoReply()
            .SendMedia(Photo(1), Photo(2), Photo(3)).AssertReplyContains("Đã đủ 2 ảnh/video/tệp").AssertReplyContains("Đã nhận 2")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            // The evidence question is skipped: the report already carries as many files as it may.
            .Send("bỏ qua").AssertReplyContains("gửi tin báo thế nào")
            .Send("1").AssertReplyContains("Bằng chứng: 2 ảnh/video/tệp").AssertReplyContains("Gửi")
            .Send("có").AssertReplyContains("đã nhận").AssertReply(code => _receipt = code.Text);
        var report = Store.FindByReceipt(_harness.AccountId, _receipt!)!;
        Assert.Equal(2, Scalar<long>("SELECT count(*) FROM tipoff_evidence WHERE tipoff_id = @id", new { id = report.Id }));
    }

    [Theory]
    [InlineData("không có")]
    [InlineData("thôi gửi vậy được rồi")]
    public async Task PhotosSentAtTheEvidenceStepAreKeptWhateverEndsIt(string ending)
    {
        await _harness.Resident("evidence-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("5").AssertReplyContains("kể lại")
            .Send("Hàng xóm đánh vợ mỗi tối").AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .SendMedia(Photo(7)).AssertReplyContains("Đã nhận 1")
            .Send(ending).AssertReplyContains("gửi tin báo thế nào")
            .Send("1").AssertReplyContains("Bằng chứng: 1 ảnh/video/tệp").AssertReplyContains("Gửi")
            .Send("có").AssertReplyContains("đã nhận").AssertReply(code => _receipt = code.Text);
        var report = Store.FindByReceipt(_harness.AccountId, _receipt!)!;
        Assert.Equal("domestic-violence", report.Category);
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM tipoff_evidence WHERE tipoff_id = @id", new { id = report.Id }));
    }

    private static Attachment Photo(int n) => new(AttachmentKind.Image, $"https://photo.zdn.vn/anh-{n}.jpg");

    [Fact]
    public async Task DoneWithoutAStoryAsksForOne() =>
        await _harness.Resident("empty-1")
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("1").AssertReplyContains("kể lại")
            .Send("xong").AssertReplyContains("chưa kể nội dung")
            .AssertNoReply();

    private async Task ReportQuicklyAsync(string userId, string story) =>
        await _harness.Resident(userId)
            .Send("tố giác").AssertReplyContains("Cảm ơn").AssertReplyContains("thuộc loại nào")
            .Send("7").AssertReplyContains("kể lại")
            .Send(story).AssertReplyContains("Đã ghi")
            .Send("xong").AssertReplyContains("khi nào")
            .Send("bỏ qua").AssertReplyContains("ở đâu")
            .Send("bỏ qua").AssertReplyContains("bằng chứng")
            .Send("không có").AssertReplyContains("thế nào")
            .Send("1").AssertReplyContains("Người báo: ẩn danh").AssertReplyContains("Gửi")
            .Send("có").AssertReplyContains("đã nhận").AssertReply(_ => { }).AssertReplyContains("MỘT LẦN");

    private TipOffStore Store => _harness.Services.GetRequiredService<TipOffStore>();

    private T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = _harness.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }
}
