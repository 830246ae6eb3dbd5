using ChatAssistant.Conversation.Recognizers;

namespace ChatAssistant.Conversation.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    // Digits.
    [InlineData("2", 2)]
    [InlineData(" 15 ", 15)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("số 2", 2)]
    [InlineData("so 2", 2)]
    [InlineData("Số 12", 12)]
    [InlineData("là 5 ạ", 5)]
    [InlineData("2 nhé", 2)]
    // Words, with and without marks.
    [InlineData("một", 1)]
    [InlineData("mot", 1)]
    [InlineData("hai", 2)]
    [InlineData("ba", 3)]
    [InlineData("bốn", 4)]
    [InlineData("bon", 4)]
    [InlineData("tư", 4)]
    [InlineData("tu", 4)]
    [InlineData("năm", 5)]
    [InlineData("nam", 5)]
    [InlineData("sáu", 6)]
    [InlineData("sau", 6)]
    [InlineData("bảy", 7)]
    [InlineData("bay", 7)]
    [InlineData("tám", 8)]
    [InlineData("tam", 8)]
    [InlineData("chín", 9)]
    [InlineData("chin", 9)]
    [InlineData("mười", 10)]
    [InlineData("muoi", 10)]
    [InlineData("không", 0)]
    [InlineData("mười một", 11)]
    [InlineData("mười lăm", 15)]
    [InlineData("muoi lam", 15)]
    [InlineData("hai mươi", 20)]
    [InlineData("hai muoi", 20)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("hai muoi mot", 21)]
    [InlineData("hai mươi tư", 24)]
    [InlineData("ba mươi lăm", 35)]
    [InlineData("chín mươi chín", 99)]
    [InlineData("CHÍN MƯƠI CHÍN", 99)]
    // Speech drops the tens word.
    [InlineData("chín chín", 99)]
    [InlineData("hai lăm", 25)]
    [InlineData("ba mốt", 31)]
    [InlineData("một trăm", 100)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("hai trăm ba mươi", 230)]
    [InlineData("một chục", 10)]
    [InlineData("số hai", 2)]
    [InlineData("là mười lăm ạ", 15)]
    public void NumberIsRead(string text, int expected)
    {
        Assert.Equal(expected, NumberRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("abc")]
    [InlineData("hai ba bốn năm")]
    [InlineData("năm nay")]
    [InlineData("nam nay")]
    [InlineData("hai người")]
    [InlineData("thứ 2")]
    [InlineData("thu hai")]
    [InlineData("2 3")]
    [InlineData("số")]
    [InlineData("một hai")]
    [InlineData("mười năm")]
    [InlineData("hai mươi năm")]
    [InlineData("12345678901")]
    [InlineData("8h")]
    [InlineData("15/12")]
    [InlineData("lăm")]
    public void TextThatIsNotJustANumberIsNull(string? text)
    {
        Assert.Null(NumberRecognizer.Recognize(text));
    }
}
