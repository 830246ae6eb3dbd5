using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class YesNoRecognizerTests
{
    [Theory]
    // Yes, with and without marks.
    [InlineData("có", true)]
    // A yes opening a sentence about the summary or the change (issue 14).
    [InlineData("Tôi xác nhận thông tin trên là chính xác.", true)]
    [InlineData("ok đổi", true)]
    [InlineData("dduợc rồi", true)]
    [InlineData("co", true)]
    [InlineData("ừ", true)]
    [InlineData("uh", true)]
    [InlineData("ừm", true)]
    [InlineData("um", true)]
    [InlineData("ok", true)]
    [InlineData("oke", true)]
    [InlineData("okie", true)]
    [InlineData("okay", true)]
    [InlineData("đồng ý", true)]
    [InlineData("dong y", true)]
    [InlineData("vâng", true)]
    [InlineData("vang", true)]
    [InlineData("dạ", true)]
    [InlineData("da vang", true)]
    [InlineData("đúng", true)]
    [InlineData("dung roi", true)]
    [InlineData("được", true)]
    [InlineData("duoc", true)]
    [InlineData("yes", true)]
    [InlineData("y", true)]
    [InlineData("chắc chắn", true)]
    [InlineData("xác nhận", true)]
    [InlineData("có ạ", true)]
    [InlineData("dạ có", true)]
    // Yes, upper case, punctuation and words around.
    [InlineData("OK", true)]
    [InlineData("ĐỒNG Ý", true)]
    [InlineData("Dạ vâng ạ!", true)]
    [InlineData("ok em nhé", true)]
    [InlineData("Vâng, cảm ơn anh", true)]
    [InlineData("Có ạ, mai em qua làm luôn", true)]
    [InlineData("tôi đồng ý", true)]
    [InlineData("đúng rồi ạ", true)]
    [InlineData("được thôi", true)]
    [InlineData("không sai", true)]
    [InlineData("đc", true)]
    // No.
    [InlineData("không", false)]
    [InlineData("khong", false)]
    [InlineData("ko", false)]
    [InlineData("k", false)]
    [InlineData("kh", false)]
    [InlineData("hông", false)]
    [InlineData("hong", false)]
    [InlineData("thôi", false)]
    [InlineData("thoi", false)]
    [InlineData("hủy", false)]
    [InlineData("huỷ", false)]
    [InlineData("huy", false)]
    [InlineData("no", false)]
    [InlineData("sai", false)]
    [InlineData("chưa", false)]
    [InlineData("không cần", false)]
    // Negation wins over a yes word after it; "dạ" before a no is only polite.
    [InlineData("không đồng ý", false)]
    [InlineData("khong dong y", false)]
    [InlineData("KHÔNG ĐỒNG Ý", false)]
    [InlineData("không được", false)]
    [InlineData("dạ không ạ", false)]
    [InlineData("Không, cảm ơn", false)]
    [InlineData("thôi khỏi", false)]
    [InlineData("đừng", false)]
    [InlineData("em chưa ạ", false)]
    [InlineData("hủy bỏ", false)]
    [InlineData("không muốn", false)]
    // Not an answer.
    [InlineData("cho hỏi", null)]
    [InlineData("mai", null)]
    [InlineData("2", null)]
    [InlineData("cô ơi cho hỏi", null)]
    [InlineData("có gì không", null)]
    [InlineData("không biết", null)]
    [InlineData("ạ", null)]
    [InlineData("xin chào", null)]
    [InlineData("đặt lịch làm căn cước", null)]
    [InlineData("có thể", null)]
    [InlineData("cô", null)]
    // Questions are not answers: a yes word followed by "không"/"chưa", or a question mark.
    [InlineData("được không", null)]
    [InlineData("đúng không?", null)]
    [InlineData("ok chưa", null)]
    [InlineData("có?", null)]
    // A yes, then words saying go ahead (issue 14); hesitation after a yes is not a yes.
    [InlineData("ok gửi đi", true)]
    [InlineData("ok chốt", true)]
    [InlineData("vâng báo giúp em", true)]
    [InlineData("chuẩn r ad", true)]
    [InlineData("uhm để xem đã", null)]
    [InlineData("ok guiwr di", true)]
    [InlineData("ok nhưng để mai", null)]
    [InlineData("có người lạ", null)]
    public void AnswerIsYesNoOrNothing(string text, bool? expected)
    {
        Assert.Equal(expected, YesNoRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("?!...")]
    public void EmptyTextIsNoAnswer(string? text)
    {
        Assert.Null(YesNoRecognizer.Recognize(text));
    }
}
