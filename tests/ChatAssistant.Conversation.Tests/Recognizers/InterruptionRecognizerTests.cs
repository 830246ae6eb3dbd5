using ChatAssistant.Conversation.Runtime;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("hủy")]
    [InlineData("thôi để hôm khác, hủy đi")]
    // A cancel that names what it cancels, in a clause of a long message (issue 14).
    [InlineData("Tôi suy nghĩ lại, gia đình họ đã hòa giải, xin hủy tin báo này.")]
    [InlineData("thoi de toi hoi lai chu nha da, khi khac dat sau")]
    [InlineData("À mà tôi chưa chắc lắm, thôi không báo nữa")]
    [InlineData("thôi đẻ mai tôi lên phường nói trực tiếp, hủy nhé")]
    [InlineData("Xin cho tôi quay về trang chính.")]
    [InlineData("Cho tôi quay về menu chính.")]
    [InlineData("thui e ra menu")]
    [InlineData("Khoan đã, cho em về menu chính một chút")]
    [InlineData("Vâng, em về menu")]
    [InlineData("cho e xem lai menu dc hk")]
    [InlineData("ma thui huy giup e, t2 e ban r")]
    [InlineData("Xin lỗi, tôi muốn quay về menu chính để đặt lịch làm thủ tục trước.")]
    [InlineData("À mà tôi cũng chưa chắc lắm, thôi để tôi để ý thêm rồi báo sau, hủy giúp tôi nhé")]
    [InlineData("a thoi khoi, hom do e co tiet kiem tra, huy di ad")]
    // Opening on a cancel, the unit called by name inside it, whatever reason follows.
    [InlineData("thôi ad hủy đi, để mai e lên phường kể trực tiếp")]
    [InlineData("the thoi huy di, de minh ve chuan bi giay to da")]
    [InlineData("Thôi em dừng ở đây, mai em ra trụ sở trình báo trực tiếp")]
    // Putting it off after "thôi", in a clause of its own.
    [InlineData("Thôi để sau đi, giờ tôi đang bận đi đón con")]
    [InlineData("thoi de sau di, e chua xin dc hd thue nha")]
    [InlineData("thoi de toi hoi y kien gia dinh da, chua gui dau")]
    [InlineData("thooi bỏ đi em đi làm đã, tối về báo sau")]
    [InlineData("thoi toi khong muon bao nua, dung lai het")]
    [InlineData("khoan dừng laị đã, mình chưa hỏi chủ nhà")]
    [InlineData("Xin lỗi, tôi đổi ý, xin giữ nguyên lịch cũ, không đổi nữa.")]
    // Putting the booking off, however politely.
    [InlineData("Cảm ơn, để tôi sắp xếp rồi đặt lịch sau nhé.")]
    [InlineData("Xin lỗi, tôi cần hỏi ý kiến con cháu trước đã, tạm thời chưa đặt lịch, hôm khác tôi sẽ nhắn lại.")]
    public void CancelIsRead(string text) =>
        Assert.Equal(text.Contains("trang chính", StringComparison.Ordinal) || text.Contains("menu", StringComparison.Ordinal) ? Interruption.Menu : Interruption.Cancel, InterruptionRecognizer.Recognize(text));

    [Theory]
    // Requests and stories that mention cancelling are not an order to stop.
    [InlineData("hủy lịch hẹn")]
    [InlineData("Người thuê nhà đã tự nộp trực tuyến, vậy tôi xin hủy lịch hẹn này.")]
    [InlineData("hắn bảo sẽ hủy hoại cả nhà tôi nếu tôi đi báo, tôi sợ lắm, không biết làm sao")]
    [InlineData("đặt lịch sau thì có bị mất chỗ không?")]
    [InlineData("em không biết nó làm sao mà vào được nhà")]
    public void MentionsOfCancellingAreNotACancel(string text) => Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));

    [Theory]
    // A clause asking for a person, however the message began.
    [InlineData("Tôi xin dừng lại, tôi muốn trao đổi trực tiếp với cán bộ phụ trách.")]
    [InlineData("thoi de em gap truc tiep can bo hoi cho ro")]
    [InlineData("hồ sơ làm cho bé nộp rồi mà mãi chưa có, cho gặp cán bộ")]
    public void ARequestForAPersonIsRead(string text) => Assert.Equal(Interruption.Officer, InterruptionRecognizer.Recognize(text));

    [Theory]
    // Questions to an officer are questions: the bot answers them.
    [InlineData("cán bộ ơi cho hỏi làm thẻ cho bé bao lâu")]
    [InlineData("cho hỏi gặp cán bộ nào để nộp hồ sơ")]
    [InlineData("cán bộ có đến nhà làm được không?")]
    public void QuestionsToAnOfficerAreNotARequestForOne(string text) => Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));

    [Theory]
    // Asking how to answer, slips of the thumb and all.
    [InlineData("huong danx cach tra loi di")]
    [InlineData("tra loi the nao")]
    [InlineData("hk bik chon ngay ntn ad")]
    [InlineData("em không biết trả lời sao")]
    [InlineData("ad oi lam sao de hoi v")]
    public void AskingHowToAnswerIsHelp(string text) => Assert.Equal(Interruption.Help, InterruptionRecognizer.Recognize(text));
}
