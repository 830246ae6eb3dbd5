using ChatAssistant.Conversation.Activities;
using ChatAssistant.Testing.Conversations;

namespace ChatAssistant.Tests.Conversations;

/// <summary>Each kind of question: understood answers, polite re-asks, giving up, skipping.</summary>
public sealed class PromptTests : IAsyncDisposable
{
    // 2026-12-01 09:00 in Vietnam, a Tuesday.
    private readonly ConversationHarness _harness = SampleHarness.Create();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private ConversationFlow Registration() => _harness.Resident().Send("dang ky mau").AssertReplyContains("thủ tục nào");

    [Theory]
    [InlineData("2")]
    [InlineData("số 2")]
    [InlineData("hai")]
    [InlineData("cư trú")]
    [InlineData("cu tru")]
    public async Task ChoiceIsUnderstoodByNumberOrWords(string answer) =>
        await Registration().Send(answer).AssertReplyContains("ngày nào")
            .Send("mai").Send("8h30").Send("bỏ qua")
            .AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại").AssertReplyContains("Xác nhận: cu-tru, 02/12 lúc 08:30, SĐT không có");

    [Theory]
    [InlineData("bỏ qya")]
    [InlineData("k cho sđt được không")]
    [InlineData("em hông muốn để số")]
    public async Task SkippingInOwnWordsOrWithASlipIsASkipNotAQuestion(string skip) =>
        await Registration().Send("2").Send("mai").Send("8h30").Send(skip)
            .AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại")
            .AssertReplyContains("SĐT không có");

    [Fact]
    public async Task WrongAnswersAreAskedAgainPolitelyThenTheFlowGivesUp() =>
        await Registration()
            .Send("abc").AssertReplyContains("chọn một số trong danh sách", "1. Căn cước").AssertNoReply()
            .Send("7").AssertReplyContains("chọn một số trong danh sách", "thủ tục nào")
            .Send("xyz").AssertReplyContains("chưa chọn được thủ tục").AssertNoReply()
            .Send("1").AssertReplyContains("thủ tục nào");

    [Theory]
    [InlineData("thứ 5", "03/12")]
    [InlineData("thu 6 tuan sau", "11/12")]
    [InlineData("20/12", "20/12")]
    [InlineData("ngày kia", "03/12")]
    public async Task DayIsReadRelativeToTodayInVietnam(string day, string expected) =>
        await Registration().Send("1").Send(day).Send("14:00").Send("bo qua")
            .AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại")
            .AssertReplyContains($"{expected} lúc 14:00");

    [Fact]
    public async Task BadDayAndBadTimeAreAskedAgain() =>
        await Registration().Send("1").AssertReplyContains("ngày nào")
            .Send("31/2").AssertReplyContains("chưa hiểu ngày", "ngày nào")
            .Send("mai").AssertReplyContains("Mấy giờ")
            .Send("25h").AssertReplyContains("chưa hiểu giờ", "Mấy giờ")
            .Send("2 giờ chiều").AssertReplyContains("Số điện thoại");

    [Fact]
    public async Task PhoneIsNormalisedAndMaskedAndTheFlowEnds() =>
        await Registration().Send("1").Send("mai").Send("8h")
            .AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại")
            .Send("0912 345").AssertReplyContains("số điện thoại chưa đúng", "Số điện thoại để nhắc")
            .Send("0912.345.678").AssertReplyContains("SĐT 84912***678")
            .Send("ok").AssertReplyContains("Đã ghi nhận can-cuoc").AssertNoReply()
            .Send("ok").AssertReplyContains("Vâng ạ");

    [Fact]
    public async Task DecliningTheConfirmationCancelsTheRegistration() =>
        await Registration().Send("3").Send("mai").Send("9h").Send("bỏ qua")
            .AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại").AssertReplyContains("ho-chieu")
            .Send("không").AssertReplyContains("Đã hủy đăng ký");

    [Fact]
    public async Task ConfirmationThatIsNeitherYesNorNoIsAskedAgain() =>
        await Registration().Send("1").Send("mai").Send("9h").Send("bỏ qua")
            .AssertReplyContains("ngày nào").AssertReplyContains("Mấy giờ").AssertReplyContains("Số điện thoại").AssertReplyContains("Xác nhận")
            .Send("để tôi nghĩ").AssertReplyContains("\"có\" hoặc \"không\"", "Xác nhận")
            .Send("đồng ý").AssertReplyContains("Đã ghi nhận");

    [Fact]
    public async Task ReportTakesASharedPlacePicturesUntilDoneTheContactCardAndTheStory() =>
        await _harness.Resident().Send("2").AssertReplyContains("xảy ra ở đâu")
            .Send("ok").AssertReplyContains("gửi vị trí", "xảy ra ở đâu")
            .SendLocation(21.0285, 105.8542).AssertReplyContains("Gửi ảnh")
            .SendAttachment(AttachmentKind.Image).AssertReplyContains("Đã nhận 1/3")
            .SendAttachment(AttachmentKind.Video).AssertReplyContains("Đã nhận 2/3")
            .Send("xong").AssertReply(card => Assert.Equal("Chia sẻ thông tin liên hệ", card.Title))
            .Send("để tôi xem đã").AssertReplyContains("Chia sẻ thông tin").AssertReply(card => Assert.Equal("Chia sẻ thông tin liên hệ", card.Title))
            .SubmitInfo(new SubmittedInfo { Name = "Nguyễn Văn A", Phone = "84912345678" }).AssertReplyContains("kể lại")
            .Send("ngắn").AssertReplyContains("ít nhất 10 ký tự", "kể lại")
            .Send("Có nhóm thanh niên tụ tập gây ồn ào lúc nửa đêm").AssertReplyContains("Tóm tắt: nơi 21.0285, 105.8542; 2 ảnh; liên hệ: có.");

    [Fact]
    public async Task PicturesStopAtTheLimitAndATypedAddressIsAPlace() =>
        await _harness.Resident().Send("báo tin mẫu").AssertReplyContains("xảy ra ở đâu")
            .Send("Ngõ 5 phố Huế").AssertReplyContains("Gửi ảnh")
            .SendAttachment(AttachmentKind.Image).SendAttachment(AttachmentKind.Image).SendAttachment(AttachmentKind.File)
            .AssertReplyContains("1/3").AssertReplyContains("2/3").AssertReply(card => Assert.Equal("Chia sẻ thông tin liên hệ", card.Title))
            .Send("bỏ qua").AssertReplyContains("kể lại")
            .Send("Xe máy dựng trên vỉa hè cả ngày").AssertReplyContains("nơi Ngõ 5 phố Huế; 3 ảnh; liên hệ: không");
}
