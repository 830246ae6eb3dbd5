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
    public void CancelIsRead(string text) =>
        Assert.Equal(text.Contains("trang chính", StringComparison.Ordinal) ? Interruption.Menu : Interruption.Cancel, InterruptionRecognizer.Recognize(text));

    [Theory]
    // Requests and stories that mention cancelling are not an order to stop.
    [InlineData("hủy lịch hẹn")]
    [InlineData("Người thuê nhà đã tự nộp trực tuyến, vậy tôi xin hủy lịch hẹn này.")]
    [InlineData("hắn bảo sẽ hủy hoại cả nhà tôi nếu tôi đi báo, tôi sợ lắm, không biết làm sao")]
    public void MentionsOfCancellingAreNotACancel(string text) => Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));
}
