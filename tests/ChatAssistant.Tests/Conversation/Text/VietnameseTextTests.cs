using System.Text;
using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Tests.Conversation.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đăng ký tạm trú", "dang ky tam tru")]
    [InlineData("CĂN CƯỚC CÔNG DÂN", "can cuoc cong dan")]
    [InlineData("Hộ chiếu, xe máy; thường trú!", "ho chieu xe may thuong tru")]
    [InlineData("  xin   chào \t\n bạn  ", "xin chao ban")]
    [InlineData("...Xin---chào???", "xin chao")]
    [InlineData("số 2, 15/12 lúc 8h30", "so 2 15 12 luc 8h30")]
    [InlineData("ưu tiên ơn", "uu tien on")]
    [InlineData("", "")]
    [InlineData("?!", "")]
    public void FoldDropsMarksCaseAndPunctuation(string text, string folded)
    {
        Assert.Equal(folded, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData("Đăng ký tạm trú")]
    [InlineData("Người nước ngoài")]
    [InlineData("Xin chào, tôi muốn đặt lịch làm hộ chiếu")]
    public void ComposedAndDecomposedInputFoldTheSame(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void FoldingTwiceChangesNothing()
    {
        var once = VietnameseText.Fold("Thủ tục đăng ký thường trú (mới nhất)");

        Assert.Equal(once, VietnameseText.Fold(once));
    }

    [Fact]
    public void NullIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => VietnameseText.Fold(null!));
    }
}
