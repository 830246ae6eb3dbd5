using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Features.Procedures;

/// <summary>Questions about procedures in chat, on the real catalogue, offices and texts.</summary>
public sealed class ProcedureChatTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = ConversationHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Theory]
    [InlineData("làm căn cước lần đầu cần giấy tờ gì")]
    [InlineData("lam cccd lan dau can gi")]
    [InlineData("lần đầu làm thẻ căn cuoc")]
    public async Task QuestionIsAnsweredWithDocumentsFeeTimeWhereAndTheNextSteps(string question) =>
        await _harness.Resident().Send(question).AssertReplyContains(
            "CẤP THẺ CĂN CƯỚC LẦN ĐẦU", "- Tờ khai căn cước (mẫu CC01), 1 bản", "Lệ phí: Miễn phí", "Thời hạn giải quyết: Không quá 7 ngày",
            "Nơi nộp: Trụ sở Công an phường Mẫu", "https://dichvucong.bocongan.gov.vn", "kiểm tra ngày 22/11/2026", "0123 456 701",
            "1. Đặt lịch hẹn nộp hồ sơ", "2. Địa chỉ, giờ làm việc nơi nộp", "3. Hỏi thủ tục khác")
        .AssertNoReply();

    [Fact]
    public async Task ProcedureOutsideTheBookingCalendarOffersNoBooking() =>
        await _harness.Resident().Send("đăng ký xe lần đầu").AssertReply(_ => { })
            .AssertReply(reply => Assert.DoesNotContain("Đặt lịch hẹn", reply.Text, StringComparison.Ordinal));

    [Fact]
    public async Task OfficeStepShowsWhereThisProcedureIsFiledWithAMapLink() =>
        await _harness.Resident().Send("thủ tục cấp hộ chiếu phổ thông").AssertReplyContains("CẤP HỘ CHIẾU PHỔ THÔNG").AssertReply(_ => { })
            .Send("1").AssertReplyContains("Phòng Quản lý xuất nhập cảnh", "https://www.google.com/maps/search/?api=1&query=", "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00")
            .AssertNoReply();

    [Fact]
    public async Task AnotherQuestionStepInvitesTheNextQuestion() =>
        await _harness.Resident().Send("lam cccd lan dau").AssertReplyContains("CẤP THẺ CĂN CƯỚC LẦN ĐẦU")
            .Send("hỏi thủ tục khác").AssertReplyContains("Mời bạn nhắn tên thủ tục")
            .Send("đăng ký tạm trú cần gì").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "CT01");

    [Fact]
    public async Task ANewQuestionInsteadOfANumberIsAnswered() =>
        await _harness.Resident().Send("lam cccd lan dau").AssertReplyContains("CẤP THẺ CĂN CƯỚC LẦN ĐẦU")
            .Send("thế còn đăng ký tạm trú thì cần những gì").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ");

    [Fact]
    public async Task CloseCandidatesAreOfferedAsANumberedChoice() =>
        await _harness.Resident().Send("căn cước").AssertReplyContains("Có vài thủ tục", "Cấp thẻ căn cước lần đầu", "Cấp lại thẻ căn cước (bị mất)")
            .Send("mất căn cước").AssertReplyContains("CẤP LẠI THẺ CĂN CƯỚC");

    [Fact]
    public async Task CandidatePickedByNumberIsAnswered()
    {
        var flow = _harness.Resident();
        string? list = null;
        await flow.Send("căn cước").AssertReply(reply => list = reply.Text);

        var number = list!.Split('\n').Single(line => line.EndsWith("Cấp đổi thẻ căn cước", StringComparison.Ordinal))[0..1];
        await flow.Send(number).AssertReplyContains("CẤP ĐỔI THẺ CĂN CƯỚC").AssertReplyContains("Trụ sở Công an phường Mẫu");
    }

    [Fact]
    public async Task BrowsingGoesFromFieldToProcedureToAnswer()
    {
        var catalogue = _harness.Services.GetRequiredService<ProcedureCatalogue>();
        var field = catalogue.Fields.Single(f => f.Id == "cu-tru");
        var fieldNumber = catalogue.Fields.ToList().IndexOf(field) + 1;
        var procedureNumber = field.Procedures.ToList().FindIndex(p => p.Id == "thuong-tru-dang-ky") + 1;

        await _harness.Resident().Send("1").AssertReplyContains("lĩnh vực nào", $"{fieldNumber}. {field.Name}")
            .Send(fieldNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)).AssertReplyContains("Các thủ tục về Cư trú", "Đăng ký thường trú")
            .Send($"số {procedureNumber}").AssertReplyContains("ĐĂNG KÝ THƯỜNG TRÚ", "CT01");
    }

    [Theory]
    [InlineData("làm hộ chiếu ở đâu", "CẤP HỘ CHIẾU PHỔ THÔNG")]
    [InlineData("đăng ký thường trú thì nộp ở đâu", "ĐĂNG KÝ THƯỜNG TRÚ")]
    public async Task WhereToFileAProcedureIsAnsweredByTheProcedure(string question, string title) =>
        await _harness.Resident().Send(question).AssertReplyContains(title);

    [Fact]
    public async Task LookingUpTrafficFinesIsAProcedureNotADossierLookup() =>
        await _harness.Resident().Send("tra cứu phạt nguội").AssertReply(reply =>
            Assert.Contains(_harness.Services.GetRequiredService<ProcedureCatalogue>().Find("vi-pham-giao-thong-nop-phat")!.Name, reply.Text, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("thủ tục")]
    [InlineData("hoi thu tuc hanh chinh")]
    [InlineData("cho em xem các thủ tục")]
    public async Task BareAskForProceduresListsTheFields(string text) =>
        await _harness.Resident().Send(text).AssertReplyContains("lĩnh vực nào", "Căn cước");

    [Fact]
    public async Task FieldAndProcedureCanBePickedByName() =>
        await _harness.Resident().Send("thu tuc").AssertReplyContains("lĩnh vực nào")
            .Send("ho chieu").AssertReplyContains("Các thủ tục về Hộ chiếu")
            .Send("bao mat").AssertReplyContains("TRÌNH BÁO MẤT HỘ CHIẾU");

    [Theory]
    [InlineData("địa chỉ công an phường ở đâu")]
    [InlineData("so dien thoai cong an phuong")]
    [InlineData("thứ 7 có làm việc không")]
    [InlineData("công an phường làm việc đến mấy giờ vậy ad")]
    public async Task QuestionAboutTheOfficeGetsItsCard(string question) =>
        await _harness.Resident().Send(question)
            .AssertReplyContains("Công an phường Mẫu tiếp công dân", "Số 1 đường Mẫu", "query=21.028511,105.854167", "Thứ Bảy: 07:30–11:30", "0123 456 701");

    [Theory]
    [InlineData("đăng ký kết hôn")]
    [InlineData("dang ky ket hon")]
    [InlineData("làm sổ đỏ ở đâu")]
    [InlineData("làm giấy khai sinh cho bé ở đâu")]
    [InlineData("chứng thực bản sao căn cước ở đâu")]
    public async Task CivilStatusAndLandAreSentToThePeoplesCommittee(string question) =>
        await _harness.Resident().Send(question).AssertReply(reply =>
        {
            Assert.Contains("Ủy ban nhân dân xã, phường", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        }).AssertNoReply();

    [Fact]
    public async Task ThePolicesPartOfACivilStatusRequestIsAnsweredToo() =>
        await _harness.Resident().Send("làm giấy khai sinh với nhập khẩu cho bé")
            .AssertReplyContains("Ủy ban nhân dân xã, phường")
            .AssertReplyContains("ĐĂNG KÝ THƯỜNG TRÚ");

    [Theory]
    [InlineData("đổi căn cước thì lệ phí bao nhiêu", "50.000")]
    [InlineData("doi cccd thuong bn ngay thi co z", "7 ngày")]
    public async Task AFirstQuestionAboutOnePartGetsThatPart(string question, string part) =>
        await _harness.Resident().Send(question).AssertReply(reply =>
        {
            Assert.Contains(part, reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task ADocumentToBringIsNotACivilStatusRequest() =>
        await _harness.Resident().Send("đăng ký thường trú cho vợ có cần nộp giấy đăng ký kết hôn không")
            .AssertReply(reply => Assert.DoesNotContain("không phải công an", reply.Text, StringComparison.Ordinal));

    [Theory]
    [InlineData("thời tiết hôm nay thế nào")]
    [InlineData("giá vàng hôm nay bao nhiêu")]
    public async Task OutOfScopeQuestionGetsARedirectNotAProcedure(string question) =>
        await _harness.Resident().Send(question).AssertReply(reply =>
        {
            Assert.Contains("chưa tìm thấy thủ tục", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Giấy tờ cần chuẩn bị", reply.Text, StringComparison.Ordinal);
        });

    [Fact]
    public async Task AQuestionAboutTheProcedureDiscussedThatItsEntryDoesNotAnswerIsSaidSoAndOtherQuestionsStillRedirected() =>
        await _harness.Resident().Send("đăng ký tạm trú lệ phí bao nhiêu").AssertReplyContains("ĐĂNG KÝ TẠM TRÚ", "Lệ phí")
            .Send("đăng ký xong có được cấp giấy gì không").AssertReplyContains("Về thủ tục Đăng ký tạm trú", "gặp cán bộ")
            .Send("thời tiết hôm nay thế nào").AssertReplyContains("chưa tìm thấy thủ tục");

    [Fact]
    public async Task HelpAtTheNextStepsAnswersAndRepeatsOnlyTheChoice() =>
        await _harness.Resident().Send("lam cccd lan dau").AssertReplyContains("CẤP THẺ CĂN CƯỚC LẦN ĐẦU")
            .Send("giúp").AssertReply(_ => { })
            .AssertReply(reply =>
            {
                Assert.StartsWith("Bạn cần gì tiếp theo?", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ", reply.Text, StringComparison.Ordinal);
            });
}
